import os

os.getcwd() = '/tmp'
