#!/usr/bin/python
# coding: klingon
x = 1
