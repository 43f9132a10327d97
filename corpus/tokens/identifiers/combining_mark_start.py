# combining mark at identifier start
́x = 1
