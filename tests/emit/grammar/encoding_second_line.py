
# coding: ascii
w = 2
