# coding: UTF-8
x = "ü"
