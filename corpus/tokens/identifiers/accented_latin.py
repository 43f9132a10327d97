# accented Latin identifiers
café = 1
naïve = 2
Ångström = 3
œuvre = 4
