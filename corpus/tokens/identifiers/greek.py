# Greek identifiers
α = 1
βγδ = α + 1
Ωmega_2 = βγδ
