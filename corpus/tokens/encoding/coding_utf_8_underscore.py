# coding: utf_8
x = "ü"
