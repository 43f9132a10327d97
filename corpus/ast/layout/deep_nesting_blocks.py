# about 60 levels of nested compound statements
def f(x):
    if x:
        if x:
            while x:
                if x:
                    with x as y:
                        if x:
                            if x:
                                if x:
                                    if x:
                                        for y in x:
                                            if x:
                                                if x:
                                                    while x:
                                                        if x:
                                                            with x as y:
                                                                if x:
                                                                    if x:
                                                                        if x:
                                                                            if x:
                                                                                for y in x:
                                                                                    if x:
                                                                                        if x:
                                                                                            while x:
                                                                                                if x:
                                                                                                    with x as y:
                                                                                                        if x:
                                                                                                            if x:
                                                                                                                if x:
                                                                                                                    if x:
                                                                                                                        for y in x:
                                                                                                                            if x:
                                                                                                                                if x:
                                                                                                                                    while x:
                                                                                                                                        if x:
                                                                                                                                            with x as y:
                                                                                                                                                if x:
                                                                                                                                                    if x:
                                                                                                                                                        if x:
                                                                                                                                                            if x:
                                                                                                                                                                for y in x:
                                                                                                                                                                    if x:
                                                                                                                                                                        if x:
                                                                                                                                                                            while x:
                                                                                                                                                                                if x:
                                                                                                                                                                                    with x as y:
                                                                                                                                                                                        if x:
                                                                                                                                                                                            if x:
                                                                                                                                                                                                if x:
                                                                                                                                                                                                    if x:
                                                                                                                                                                                                        for y in x:
                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                    while x:
                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                            if y:
                                                                                                                                                                                                                                if y:
                                                                                                                                                                                                                                    if y:
                                                                                                                                                                                                                                        if y:
                                                                                                                                                                                                                                            if y:
                                                                                                                                                                                                                                                pass
