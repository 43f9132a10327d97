# ValueError from max() of an empty sequence produced by a filter.
readings = [3, -1, 4, -5]
positives = [r for r in readings if r > 0]
print("max positive", max(positives))
negatives_over_ten = [r for r in readings if r < -10]
print("max big negative", max(negatives_over_ten))
