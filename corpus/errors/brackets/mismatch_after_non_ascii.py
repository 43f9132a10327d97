s = ('héllo', 'wörld']
