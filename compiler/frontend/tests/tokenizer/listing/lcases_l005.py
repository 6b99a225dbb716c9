# coding: foo
