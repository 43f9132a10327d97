# nested brackets of every kind
x = [({[()]})]
y = {(): [[]], ((),): {}}
