naïve = 'ü'; y = 🐍 + 1
