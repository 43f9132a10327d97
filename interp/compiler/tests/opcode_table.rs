//! Checks the opcode table against the oracle's `opcode` module and `dis.stack_effect`.

mod common;

use krait_compiler::opcode::{self, ArgKind, JumpKind, Opcode};
use serde_json::Value as Json;

const SCRIPT: &str = r#"
import json, opcode, dis
ARGS = list(range(-3, 40)) + [127, 128, 255, 256, 257, 258, 259, 260, 261, 511, 512, 513, 515,
    1023, 1024, 1031, 65535, 65536, 65791, 1 << 20]
def effect(op, arg, jump):
    try:
        return dis.stack_effect(op, arg, jump=jump)
    except ValueError as e:
        return str(e)
effects = []
for op in range(256):
    args = [None] + (ARGS if op >= opcode.HAVE_ARGUMENT else [0])
    for arg in args:
        for jump in (None, True, False):
            effects.append([op, arg, jump, effect(op, arg, jump)])
print(json.dumps({
    'opmap': opcode.opmap, 'opname': opcode.opname, 'cache': opcode._inline_cache_entries,
    'hasjrel': opcode.hasjrel, 'hasjabs': opcode.hasjabs, 'hasconst': opcode.hasconst,
    'hasname': opcode.hasname, 'haslocal': opcode.haslocal, 'hasfree': opcode.hasfree,
    'hascompare': opcode.hascompare, 'hasnargs': opcode.hasnargs,
    'HAVE_ARGUMENT': opcode.HAVE_ARGUMENT, 'EXTENDED_ARG': opcode.EXTENDED_ARG,
    'nb_ops': opcode._nb_ops, 'cmp_op': list(opcode.cmp_op), 'effects': effects,
}))
"#;

fn numbers(j: &Json, key: &str) -> Vec<u8> {
    j[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap() as u8)
        .collect()
}

fn ours(pred: impl Fn(Opcode) -> bool) -> Vec<u8> {
    (0..=255u8)
        .filter(|&n| Opcode::from_u8(n).is_some_and(&pred))
        .collect()
}

#[test]
fn table_matches_oracle() {
    let out = common::python(SCRIPT, &[], b"");
    let j: Json = serde_json::from_slice(&out).unwrap();

    let opmap = j["opmap"].as_object().unwrap();
    assert_eq!(opmap.len(), opcode::OPCODES.len());
    for (name, num) in opmap {
        let op = Opcode::from_u8(num.as_u64().unwrap() as u8).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(op.name(), name);
    }
    for n in 0..=255u8 {
        assert_eq!(opcode::opname(n), j["opname"][n as usize].as_str().unwrap());
        let cache = j["cache"][n as usize].as_u64().unwrap() as u8;
        assert_eq!(
            Opcode::from_u8(n).map_or(0, |op| op.cache_entries()),
            cache,
            "cache of {n}"
        );
    }
    assert_eq!(numbers(&j, "hasjrel"), ours(|op| op.has_jrel()));
    assert_eq!(numbers(&j, "hasjabs"), ours(|op| op.has_jabs()));
    assert_eq!(
        numbers(&j, "hasconst"),
        ours(|op| op.arg_kind() == ArgKind::Const)
    );
    assert_eq!(
        numbers(&j, "hasname"),
        ours(|op| op.arg_kind() == ArgKind::Name)
    );
    assert_eq!(
        numbers(&j, "haslocal"),
        ours(|op| op.arg_kind() == ArgKind::Local)
    );
    assert_eq!(
        numbers(&j, "hasfree"),
        ours(|op| op.arg_kind() == ArgKind::Free)
    );
    assert_eq!(
        numbers(&j, "hascompare"),
        ours(|op| op.arg_kind() == ArgKind::Compare)
    );
    assert!(numbers(&j, "hasnargs").is_empty());
    assert_eq!(
        j["HAVE_ARGUMENT"].as_u64(),
        Some(u64::from(opcode::HAVE_ARGUMENT))
    );
    assert_eq!(
        j["EXTENDED_ARG"].as_u64(),
        Some(u64::from(opcode::EXTENDED_ARG))
    );
    for op in opcode::OPCODES
        .iter()
        .filter_map(|r| Opcode::from_u8(r.number))
    {
        // Backward jumps are exactly the relative jumps whose names say so.
        let backward = op.name().contains("BACKWARD");
        assert_eq!(op.jump_kind() == JumpKind::Backward, backward, "{op}");
    }
    let nb: Vec<(String, String)> = serde_json::from_value(j["nb_ops"].clone()).unwrap();
    let ours_nb: Vec<(String, String)> = opcode::NB_OPS
        .iter()
        .map(|&(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
    assert_eq!(nb, ours_nb);
    let cmp: Vec<String> = serde_json::from_value(j["cmp_op"].clone()).unwrap();
    assert_eq!(cmp, opcode::CMP_OP);

    let effects = j["effects"].as_array().unwrap();
    for row in effects {
        let op = row[0].as_u64().unwrap() as u8;
        let arg = row[1].as_i64().map(|a| a as i32);
        let jump = row[2].as_bool();
        let expected = match &row[3] {
            Json::Number(n) => Ok(n.as_i64().unwrap() as i32),
            Json::String(s) => Err(s.clone()),
            other => panic!("{other}"),
        };
        let got = opcode::stack_effect(op, arg, jump).map_err(|e| e.to_string());
        assert_eq!(got, expected, "stack_effect({op}, {arg:?}, jump={jump:?})");
    }
    assert!(effects.len() > 20_000, "{} effect cases", effects.len());
}
