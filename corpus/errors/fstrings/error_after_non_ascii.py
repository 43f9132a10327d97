s = f'héllo {wörld +}'
