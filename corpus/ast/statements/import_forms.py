# import statement forms with dotted names and aliases
import os
import os.path
import xml.etree.ElementTree
import numpy as np
import xml.etree.ElementTree as ET
import os, sys, json
import a.b as c, d, e.f.g as h
import   spaced  .  dotted  .  name
