# coding: utf-8
z = 1
