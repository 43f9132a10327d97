# literal patterns: numbers, strings, bytes, None/True/False, negative and complex
match x:
    case 0:
        pass
    case 1.5:
        pass
    case -1:
        pass
    case -1.5:
        pass
    case 1j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0x10:
        pass
    case 'text':
        pass
    case 'implicit' 'concat':
        pass
    case b'bytes':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case r'raw' u'':
        pass
