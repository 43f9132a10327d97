# coding=utf8
x = "ü"
