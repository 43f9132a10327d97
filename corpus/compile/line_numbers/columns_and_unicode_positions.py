# Column offsets in the location table with non-ASCII text before expressions.
café = "é" * 3
naïve = len(café) + len("日本語")
résumé = {"clé": café, "値": naïve}
print(café, naïve, résumé["clé"], résumé["値"])


def ünïcode(α, β=2):
    γ = α + β
    return [γ, α * β, f"{α}→{β}"]


print(ünïcode(3))
emoji = "😀"; x = len(emoji) + ünïcode(1)[0]
print(x)
