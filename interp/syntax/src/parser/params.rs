//! Function and lambda parameters ("Function parameters" and "Lambda functions" of
//! `Grammar/python.gram`; <https://docs.python.org/3.11/reference/compound_stmts.html#function-definitions>)
//! and the `arguments` node their actions build (`_PyPegen_make_arguments` of
//! `Parser/action_helpers.c`).
//!
//! The grammar spells the `lambda_*` rules out as copies of the `def` ones without annotations or
//! type comments, closed by `:` instead of `)`. Here each pair shares one method taking a
//! [`Family`]; the doc comment of each quotes both rules, and the tokens looked at, in their order,
//! are those of the rule the family selects.

use super::actions::name_id;
use super::core::Parser;
use crate::ast::{Arg, Arguments, Expr};
use crate::token::TokenType as T;

/// `_PyPegen_empty_arguments`: the parameter list of `def f():` / `lambda:`.
pub(super) fn empty_arguments() -> Arguments {
    Arguments {
        posonlyargs: vec![],
        args: vec![],
        vararg: None,
        kwonlyargs: vec![],
        kw_defaults: vec![],
        kwarg: None,
        defaults: vec![],
    }
}

/// Which of the two parameter grammars a rule follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    /// `def`: annotations, type comments, the list closed by `)`.
    Def,
    /// `lambda`: bare names, the list closed by `:`.
    Lambda,
}

impl Family {
    /// The token that may follow a last parameter written without a trailing comma.
    pub(super) fn closer(self) -> T {
        match self {
            Family::Def => T::RPAR,
            Family::Lambda => T::COLON,
        }
    }
}

/// `NameDefaultPair`: a parameter and its default, if it has one.
pub(super) type NameDefault = (Arg, Option<Expr>);

/// `SlashWithDefault`: the positional-only parameters of a list whose `/` follows a default.
pub(super) struct SlashWithDefault {
    plain_names: Vec<Arg>,
    names_with_defaults: Vec<NameDefault>,
}

/// `StarEtc`: what follows the positional parameters (`*args`, keyword-only ones, `**kwargs`).
#[derive(Default)]
pub(super) struct StarEtc {
    vararg: Option<Arg>,
    kwonlyargs: Vec<NameDefault>,
    kwarg: Option<Arg>,
}

/// `_PyPegen_make_arguments`: the `arguments` node from the pieces `parameters` matched. The
/// defaults of positional parameters are those of the `/`-section followed by those after it;
/// keyword-only parameters keep one `kw_defaults` entry each, None where there is no default.
fn make_arguments(
    slash_no_default: Option<Vec<Arg>>,
    slash_with_default: Option<SlashWithDefault>,
    plain_names: Vec<Arg>,
    names_with_default: Vec<NameDefault>,
    star_etc: Option<StarEtc>,
) -> Arguments {
    let mut defaults = Vec::new();
    let posonlyargs = match (slash_no_default, slash_with_default) {
        (Some(names), _) => names,
        (None, Some(s)) => {
            let mut names = s.plain_names;
            for (arg, value) in s.names_with_defaults {
                names.push(arg);
                defaults.extend(value);
            }
            names
        }
        (None, None) => vec![],
    };
    let mut args = plain_names;
    for (arg, value) in names_with_default {
        args.push(arg);
        defaults.extend(value);
    }
    let star_etc = star_etc.unwrap_or_default();
    let (kwonlyargs, kw_defaults) = star_etc.kwonlyargs.into_iter().unzip();
    Arguments {
        posonlyargs,
        args,
        vararg: star_etc.vararg.map(Box::new),
        kwonlyargs,
        kw_defaults,
        kwarg: star_etc.kwarg.map(Box::new),
        defaults,
    }
}

impl Parser<'_> {
    /// `params: invalid_parameters | parameters`
    pub(super) fn rule_params(&mut self) -> Option<Arguments> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_parameters(Family::Def));
            p.alt(|p| p.rule_parameters(Family::Def))
        })
    }

    /// `lambda_params: invalid_lambda_parameters | lambda_parameters`
    pub(super) fn rule_lambda_params(&mut self) -> Option<Arguments> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_parameters(Family::Lambda));
            p.alt(|p| p.rule_parameters(Family::Lambda))
        })
    }

    /// `parameters: slash_no_default param_no_default* param_with_default* [star_etc]
    ///     | slash_with_default param_with_default* [star_etc]
    ///     | param_no_default+ param_with_default* [star_etc]
    ///     | param_with_default+ [star_etc] | star_etc`
    /// (`lambda_parameters` likewise with the `lambda_*` rules)
    fn rule_parameters(&mut self, f: Family) -> Option<Arguments> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.rule_slash_no_default(f)?;
                let b = p.repeat(|p| p.rule_param_no_default(f));
                let c = p.repeat(|p| p.rule_param_with_default(f));
                let d = p.alt(|p| p.rule_star_etc(f));
                Some(make_arguments(Some(a), None, b, c, d))
            }) {
                return Some(a);
            }
            if let Some(a) = p.alt(|p| {
                let a = p.rule_slash_with_default(f)?;
                let b = p.repeat(|p| p.rule_param_with_default(f));
                let c = p.alt(|p| p.rule_star_etc(f));
                Some(make_arguments(None, Some(a), vec![], b, c))
            }) {
                return Some(a);
            }
            if let Some(a) = p.alt(|p| {
                let a = p.repeat1(|p| p.rule_param_no_default(f))?;
                let b = p.repeat(|p| p.rule_param_with_default(f));
                let c = p.alt(|p| p.rule_star_etc(f));
                Some(make_arguments(None, None, a, b, c))
            }) {
                return Some(a);
            }
            if let Some(a) = p.alt(|p| {
                let a = p.repeat1(|p| p.rule_param_with_default(f))?;
                let b = p.alt(|p| p.rule_star_etc(f));
                Some(make_arguments(None, None, vec![], a, b))
            }) {
                return Some(a);
            }
            p.alt(|p| {
                let a = p.rule_star_etc(f)?;
                Some(make_arguments(None, None, vec![], vec![], Some(a)))
            })
        })
    }

    /// `slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'`
    /// (`lambda_slash_no_default`: `&':'` instead)
    pub(super) fn rule_slash_no_default(&mut self, f: Family) -> Option<Vec<Arg>> {
        self.rule(|p| {
            if let Some(a) = p.alt(|p| {
                let a = p.repeat1(|p| p.rule_param_no_default(f))?;
                p.expect(T::SLASH)?;
                p.expect(T::COMMA)?;
                Some(a)
            }) {
                return Some(a);
            }
            p.alt(|p| {
                let a = p.repeat1(|p| p.rule_param_no_default(f))?;
                p.expect(T::SLASH)?;
                p.at(f.closer()).then_some(a)
            })
        })
    }

    /// `slash_with_default: param_no_default* param_with_default+ '/' ','
    ///     | param_no_default* param_with_default+ '/' &')'`
    /// (`lambda_slash_with_default`: `&':'` instead)
    pub(super) fn rule_slash_with_default(&mut self, f: Family) -> Option<SlashWithDefault> {
        self.rule(|p| {
            for last in [T::COMMA, f.closer()] {
                if let Some(s) = p.alt(|p| {
                    let plain_names = p.repeat(|p| p.rule_param_no_default(f));
                    let names_with_defaults = p.repeat1(|p| p.rule_param_with_default(f))?;
                    p.expect(T::SLASH)?;
                    if last == T::COMMA {
                        p.expect(T::COMMA)?;
                    } else if !p.at(last) {
                        return None;
                    }
                    Some(SlashWithDefault {
                        plain_names,
                        names_with_defaults,
                    })
                }) {
                    return Some(s);
                }
            }
            None
        })
    }

    /// `star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
    ///     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    ///     | '*' ',' param_maybe_default+ [kwds] | kwds`
    /// (`lambda_star_etc` has no star-annotation alternative)
    fn rule_star_etc(&mut self, f: Family) -> Option<StarEtc> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_star_etc(f));
            let star_param = |p: &mut Self, annotated: bool| {
                p.alt(|p| {
                    p.expect(T::STAR)?;
                    let a = if annotated {
                        p.rule_param_no_default_star_annotation()?
                    } else {
                        p.rule_param_no_default(f)?
                    };
                    let b = p.repeat(|p| p.rule_param_maybe_default(f));
                    let c = p.alt(|p| p.rule_kwds(f));
                    Some(StarEtc {
                        vararg: Some(a),
                        kwonlyargs: b,
                        kwarg: c,
                    })
                })
            };
            if let Some(s) = star_param(p, false) {
                return Some(s);
            }
            // `lambda_star_etc` has no star-annotation alternative.
            if f == Family::Def
                && let Some(s) = star_param(p, true)
            {
                return Some(s);
            }
            if let Some(s) = p.alt(|p| {
                p.expect(T::STAR)?;
                p.expect(T::COMMA)?;
                let b = p.repeat1(|p| p.rule_param_maybe_default(f))?;
                let c = p.alt(|p| p.rule_kwds(f));
                Some(StarEtc {
                    vararg: None,
                    kwonlyargs: b,
                    kwarg: c,
                })
            }) {
                return Some(s);
            }
            p.alt(|p| {
                let a = p.rule_kwds(f)?;
                Some(StarEtc {
                    kwarg: Some(a),
                    ..StarEtc::default()
                })
            })
        })
    }

    /// `kwds: invalid_kwds | '**' param_no_default`
    /// (`lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default`)
    fn rule_kwds(&mut self, f: Family) -> Option<Arg> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_kwds(f));
            p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                p.rule_param_no_default(f)
            })
        })
    }

    /// An optional TYPE_COMMENT after a `def` parameter (`tc=TYPE_COMMENT?`); lambda parameters
    /// have none, and look at no token for one. The lexer produces TYPE_COMMENT tokens only when
    /// type comments were asked for.
    fn param_type_comment(&mut self, f: Family) -> Option<String> {
        if f == Family::Lambda {
            return None;
        }
        let tc = self.expect(T::TYPE_COMMENT)?;
        Some(self.text(&tc).to_string())
    }

    /// `param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'`
    /// (`lambda_param_no_default: lambda_param ',' | lambda_param &':'`)
    pub(super) fn rule_param_no_default(&mut self, f: Family) -> Option<Arg> {
        self.rule(|p| p.param_then_end(f, |p| p.rule_param(f)))
    }

    /// `param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT?
    ///     | param_star_annotation TYPE_COMMENT? &')'`
    fn rule_param_no_default_star_annotation(&mut self) -> Option<Arg> {
        self.rule(|p| p.param_then_end(Family::Def, |p| p.rule_param_star_annotation()))
    }

    /// The two alternatives shared by `param_no_default` and its kin: the parameter, then `,` and
    /// a type comment, or a type comment before the closing token (`_PyPegen_add_type_comment_to_arg`).
    fn param_then_end(
        &mut self,
        f: Family,
        mut param: impl FnMut(&mut Self) -> Option<Arg>,
    ) -> Option<Arg> {
        if let Some(a) = self.alt(|p| {
            let mut a = param(p)?;
            p.expect(T::COMMA)?;
            a.type_comment = p.param_type_comment(f);
            Some(a)
        }) {
            return Some(a);
        }
        self.alt(|p| {
            let mut a = param(p)?;
            a.type_comment = p.param_type_comment(f);
            p.at(f.closer()).then_some(a)
        })
    }

    /// `param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'`
    /// (`lambda_param_with_default` likewise with `&':'`)
    pub(super) fn rule_param_with_default(&mut self, f: Family) -> Option<NameDefault> {
        self.rule(|p| p.param_default_then_end(f, true))
    }

    /// `param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'`
    /// (`lambda_param_maybe_default` likewise with `&':'`)
    pub(super) fn rule_param_maybe_default(&mut self, f: Family) -> Option<NameDefault> {
        self.rule(|p| p.param_default_then_end(f, false))
    }

    /// The alternatives of `param_with_default` (`required`) and `param_maybe_default`
    /// (`_PyPegen_name_default_pair`).
    fn param_default_then_end(&mut self, f: Family, required: bool) -> Option<NameDefault> {
        for comma in [true, false] {
            if let Some(pair) = self.alt(|p| {
                let mut a = p.rule_param(f)?;
                let c = p.alt(|p| p.rule_default());
                if c.is_none() && (required || p.error.is_some()) {
                    return None;
                }
                if comma {
                    p.expect(T::COMMA)?;
                    a.type_comment = p.param_type_comment(f);
                } else {
                    a.type_comment = p.param_type_comment(f);
                    if !p.at(f.closer()) {
                        return None;
                    }
                }
                Some((a, c))
            }) {
                return Some(pair);
            }
        }
        None
    }

    /// `param: NAME annotation?` (`lambda_param: NAME`)
    pub(super) fn rule_param(&mut self, f: Family) -> Option<Arg> {
        self.rule(|p| {
            let start = p.mark;
            let a = p.name()?;
            let annotation = if f == Family::Def {
                p.alt(|p| p.rule_annotation())
            } else {
                None
            };
            Some(Arg {
                arg: name_id(&a),
                annotation: annotation.map(Box::new),
                type_comment: None,
                range: p.extra(start),
            })
        })
    }

    /// `param_star_annotation: NAME star_annotation`
    fn rule_param_star_annotation(&mut self) -> Option<Arg> {
        self.rule(|p| {
            let start = p.mark;
            let a = p.name()?;
            let annotation = p.rule_star_annotation()?;
            Some(Arg {
                arg: name_id(&a),
                annotation: Some(Box::new(annotation)),
                type_comment: None,
                range: p.extra(start),
            })
        })
    }

    /// `annotation: ':' expression`
    fn rule_annotation(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.expect(T::COLON)?;
            p.rule_expression()
        })
    }

    /// `star_annotation: ':' star_expression`
    fn rule_star_annotation(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.expect(T::COLON)?;
            p.rule_star_expression()
        })
    }

    /// `default: '=' expression | invalid_default`
    fn rule_default(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| {
                p.expect(T::EQUAL)?;
                p.rule_expression()
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_default());
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Mode, ParseError, ParseOptions, parse};
    use crate::ast::tests::{py_literal, python};
    use crate::ast::{DumpOptions, dump};

    /// Parameter lists of `def` and `lambda`, valid and invalid: (source, mode, type comments).
    /// The expected result of each is asked of the oracle when the test runs.
    const CASES: &[(&str, &str, bool)] = &[
        (
            "def f(a,  # type: int\n      b=1,  # type: str\n      *c,  # type: float\n      d  # type: bytes\n      ): pass\n",
            "exec",
            true,
        ),
        // Without PyCF_TYPE_COMMENTS they are plain comments.
        (
            "def f(a,  # type: int\n      b=1,  # type: str\n      ): pass\n",
            "exec",
            false,
        ),
        ("def f(a, *, b=2, c, **k): pass\n", "exec", false),
        (
            "def f(a, b=1, /, c=2, *d: *Ts, e, f=3, **g): pass\n",
            "exec",
            false,
        ),
        ("def f(*, # type: int\n  a): pass\n", "exec", true),
        ("def f(a, (b, c)): pass\n", "exec", false),
        ("def f(a=1, b): pass\n", "exec", false),
        ("lambda a, /, b=1, *c, d, **e: 0", "eval", false),
        // Reported at the last token read, unlike `def`'s, which points at the `*`.
        ("lambda *: 0", "eval", false),
        ("lambda a, (b): 0", "eval", false),
        ("lambda **k, *a: 0", "eval", false),
        ("lambda a=1, /, b: 0", "eval", false),
    ];

    /// krait's result: the dump with attributes, or `msg lineno offset end_lineno end_offset`.
    fn krait(src: &str, mode: &str, type_comments: bool) -> String {
        let mode = if mode == "eval" {
            Mode::Eval
        } else {
            Mode::Exec
        };
        let opts = ParseOptions {
            type_comments,
            ..ParseOptions::default()
        };
        match parse(src, mode, opts) {
            Ok(m) => dump(
                &m,
                DumpOptions {
                    include_attributes: true,
                    ..DumpOptions::default()
                },
            ),
            Err(ParseError::Syntax(e)) => format!(
                "{} {} {} {} {}",
                e.msg,
                e.lineno.unwrap_or(0),
                e.offset.unwrap_or(0),
                e.end_lineno.unwrap_or(0),
                e.end_offset.unwrap_or(0)
            ),
            Err(e) => e.type_name().to_string(),
        }
    }

    #[test]
    fn parameter_lists_match_oracle() {
        let items: Vec<String> = CASES
            .iter()
            .map(|(src, mode, tc)| {
                let tc = if *tc { "True" } else { "False" };
                format!("({}, '{mode}', {tc})", py_literal(src))
            })
            .collect();
        let code = format!(
            "import ast\n\
             for src, mode, tc in [{}]:\n\
             \x20   try:\n\
             \x20       print(ast.dump(ast.parse(src, mode=mode, type_comments=tc), include_attributes=True))\n\
             \x20   except SyntaxError as e:\n\
             \x20       print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)\n",
            items.join(", ")
        );
        let oracle = python(&code);
        let expected: Vec<&str> = oracle.lines().collect();
        assert_eq!(expected.len(), CASES.len(), "one oracle line per case");
        for ((src, mode, tc), want) in CASES.iter().zip(expected) {
            assert_eq!(krait(src, mode, *tc), want, "{src:?} (type comments: {tc})");
        }
    }
}
