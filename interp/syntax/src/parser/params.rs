//! Function and lambda parameters ("Function parameters" and "Lambda functions" of
//! `Grammar/python.gram`; <https://docs.python.org/3.11/reference/compound_stmts.html#function-definitions>).

use super::core::Parser;
use crate::ast::Arguments;

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

impl Parser<'_> {
    /// `params: invalid_parameters | parameters`
    pub(super) fn rule_params(&mut self) -> Option<Arguments> {
        None
    }

    /// `lambda_params: invalid_lambda_parameters | lambda_parameters`
    pub(super) fn rule_lambda_params(&mut self) -> Option<Arguments> {
        None
    }
}
