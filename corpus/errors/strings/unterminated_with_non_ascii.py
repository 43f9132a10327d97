msg = 'héllo wörld
