# A subpackage that re-exports nothing; `..` reaches its parent package.
print("imp_pkg.inner init:", __name__)
if __package__:
    from .. import VALUE
    print("inner sees VALUE", VALUE)
