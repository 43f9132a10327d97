# coding: utf-8-unix
x = "ü"
