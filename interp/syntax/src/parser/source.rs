//! Source text for the parser: bytes decoded as CPython's tokenizer decodes them (PEP 263 cookie,
//! UTF-8 BOM, default UTF-8), with CPython's errors for undecodable or mis-declared source.
