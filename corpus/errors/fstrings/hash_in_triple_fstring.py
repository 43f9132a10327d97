s = f'''{
a # comment
}'''
