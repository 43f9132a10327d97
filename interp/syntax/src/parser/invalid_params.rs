//! The `invalid_*` rules of `def` and `lambda` parameter lists: "non-default argument follows
//! default argument", "/ must be ahead of *", "named arguments must follow bare *", ... They run
//! only in the second pass and raise when they match; like the rules of [`super::params`], each
//! serves both the `def` and the `lambda` grammar through a [`Family`].

use super::core::Parser;
use super::params::Family;
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `invalid_parameters` (and `invalid_lambda_parameters`)
    pub(super) fn invalid_parameters(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            // param_no_default* invalid_parameters_helper a=param_no_default
            p.alt(|p| {
                p.repeat(|p| p.rule_param_no_default(f));
                p.invalid_parameters_helper(f)?;
                let a = p.rule_param_no_default(f)?;
                p.raise_at(a.range, "non-default argument follows default argument");
                Some(())
            });
            // param_no_default* a='(' param_no_default+ ','? b=')'
            // lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
            p.alt(|p| {
                p.repeat(|p| p.rule_param_no_default(f));
                let a = p.expect(T::LPAR)?;
                match f {
                    Family::Def => p.repeat1(|p| p.rule_param_no_default(f)).map(drop)?,
                    Family::Lambda => p.gather(T::COMMA, |p| p.rule_param(f)).map(drop)?,
                }
                p.expect(T::COMMA);
                let b = p.expect(T::RPAR)?;
                p.raise_range(
                    a.range(),
                    b.range(),
                    match f {
                        Family::Def => "Function parameters cannot be parenthesized",
                        Family::Lambda => "Lambda expression parameters cannot be parenthesized",
                    },
                );
                Some(())
            });
            // a="/" ','
            p.alt(|p| {
                let a = p.expect(T::SLASH)?;
                p.expect(T::COMMA)?;
                p.raise_at(a.range(), "at least one argument must precede /");
                Some(())
            });
            // (slash_no_default | slash_with_default) param_maybe_default* a='/'
            p.alt(|p| {
                p.slash_section(f)?;
                p.repeat(|p| p.rule_param_maybe_default(f));
                let a = p.expect(T::SLASH)?;
                p.raise_at(a.range(), "/ may appear only once");
                Some(())
            });
            // (slash_no_default | slash_with_default)? param_maybe_default* '*'
            //     (',' | param_no_default) param_maybe_default* a='/'
            p.alt(|p| {
                p.alt(|p| p.slash_section(f));
                p.repeat(|p| p.rule_param_maybe_default(f));
                p.expect(T::STAR)?;
                p.comma_or_param_no_default(f)?;
                p.repeat(|p| p.rule_param_maybe_default(f));
                let a = p.expect(T::SLASH)?;
                p.raise_at(a.range(), "/ must be ahead of *");
                Some(())
            });
            // param_maybe_default+ '/' a='*'
            p.alt(|p| {
                p.repeat1(|p| p.rule_param_maybe_default(f))?;
                p.expect(T::SLASH)?;
                let a = p.expect(T::STAR)?;
                p.raise_at(a.range(), "expected comma between / and *");
                Some(())
            });
            None
        })
    }

    /// `(slash_no_default | slash_with_default)`, its result unused.
    fn slash_section(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| p.rule_slash_no_default(f).map(drop))
                .or_else(|| p.alt(|p| p.rule_slash_with_default(f).map(drop)))
        })
    }

    /// `(',' | param_no_default)`, its result unused.
    fn comma_or_param_no_default(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| p.expect(T::COMMA).map(drop))
                .or_else(|| p.alt(|p| p.rule_param_no_default(f).map(drop)))
        })
    }

    /// `invalid_parameters_helper: slash_with_default | param_with_default+`
    /// (and `invalid_lambda_parameters_helper`)
    fn invalid_parameters_helper(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| p.rule_slash_with_default(f).map(drop))
                .or_else(|| p.alt(|p| p.repeat1(|p| p.rule_param_with_default(f)).map(drop)))
        })
    }

    /// `invalid_default: a='=' &(')'|',')`
    pub(super) fn invalid_default(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect(T::EQUAL)?;
            if p.at(T::RPAR) || p.at(T::COMMA) {
                p.raise_at(a.range(), "expected default value expression");
            }
            None
        })
    }

    /// `invalid_star_etc` (and `invalid_lambda_star_etc`, which has no type-comment alternative
    /// and reports a bare `*` at the last token read rather than at the `*`)
    pub(super) fn invalid_star_etc(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            // a='*' (')' | ',' (')' | '**'))
            p.alt(|p| {
                let a = p.expect(T::STAR)?;
                let closes = p.expect(f.closer()).is_some()
                    || p.alt(|p| {
                        p.expect(T::COMMA)?;
                        p.expect(f.closer()).or_else(|| p.expect(T::DOUBLESTAR))
                    })
                    .is_some();
                if !closes {
                    return None;
                }
                let msg = "named arguments must follow bare *";
                match f {
                    Family::Def => p.raise_at(a.range(), msg),
                    Family::Lambda => p.raise_syntax(msg),
                };
                Some(())
            });
            // '*' ',' TYPE_COMMENT
            if f == Family::Def {
                p.alt(|p| {
                    p.expect(T::STAR)?;
                    p.expect(T::COMMA)?;
                    p.expect(T::TYPE_COMMENT)?;
                    p.raise_syntax("bare * has associated type comment");
                    Some(())
                });
            }
            // '*' param a='='
            p.alt(|p| {
                p.expect(T::STAR)?;
                p.rule_param(f)?;
                let a = p.expect(T::EQUAL)?;
                p.raise_at(
                    a.range(),
                    "var-positional argument cannot have default value",
                );
                Some(())
            });
            // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
            p.alt(|p| {
                p.expect(T::STAR)?;
                p.param_no_default_or_comma(f)?;
                p.repeat(|p| p.rule_param_maybe_default(f));
                let a = p.expect(T::STAR)?;
                p.param_no_default_or_comma(f)?;
                p.raise_at(a.range(), "* argument may appear only once");
                Some(())
            });
            None
        })
    }

    /// `(param_no_default | ',')`, its result unused.
    fn param_no_default_or_comma(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| p.rule_param_no_default(f).map(drop))
                .or_else(|| p.alt(|p| p.expect(T::COMMA).map(drop)))
        })
    }

    /// `invalid_kwds` (and `invalid_lambda_kwds`)
    pub(super) fn invalid_kwds(&mut self, f: Family) -> Option<()> {
        self.rule(|p| {
            // '**' param a='='
            p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                p.rule_param(f)?;
                let a = p.expect(T::EQUAL)?;
                p.raise_at(a.range(), "var-keyword argument cannot have default value");
                Some(())
            });
            // '**' param ',' a=param
            p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                p.rule_param(f)?;
                p.expect(T::COMMA)?;
                let a = p.rule_param(f)?;
                p.raise_at(a.range, "arguments cannot follow var-keyword argument");
                Some(())
            });
            // '**' param ',' a=('*'|'**'|'/')
            p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                p.rule_param(f)?;
                p.expect(T::COMMA)?;
                let a = p
                    .expect(T::STAR)
                    .or_else(|| p.expect(T::DOUBLESTAR))
                    .or_else(|| p.expect(T::SLASH))?;
                p.raise_at(a.range(), "arguments cannot follow var-keyword argument");
                Some(())
            });
            None
        })
    }
}
