#!/usr/bin/python
# coding: latin-1
x = 1
