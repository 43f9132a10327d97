//! Where the prompt's lines come from: a terminal, read with `rustyline` (line editing and a
//! history kept in `~/.krait_history`), or a pipe, with the prompt written to standard error
//! as CPython's `PyOS_StdioReadline` does when standard input is not a terminal.

use krait_vm::Vm;
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

/// One answer to a prompt.
#[derive(Debug)]
pub enum Line {
    /// A line, with its newline.
    Text(String),
    /// End of input (Ctrl-D on a terminal).
    Eof,
    /// Ctrl-C at the prompt.
    Interrupted,
}

/// A source of lines for the prompt.
pub trait LineSource {
    /// Shows `prompt` and reads one line.
    fn read(&mut self, vm: &Vm, prompt: &str) -> Line;
    /// Called when the session ends (saves the history).
    fn close(&mut self) {}
    /// Whether the line editor already moved to a new line after Ctrl-C or Ctrl-D; otherwise
    /// the prompt writes the newline CPython writes there.
    fn ends_line_itself(&self) -> bool {
        false
    }
}

/// Standard input that is not a terminal (`krait -i` fed by a pipe).
#[derive(Debug, Default)]
pub struct Piped;

impl LineSource for Piped {
    fn read(&mut self, vm: &Vm, prompt: &str) -> Line {
        // The program's output comes out before the prompt that follows it.
        let _ = vm.flush_stream(1);
        let _ = vm.write_stream(2, prompt.as_bytes());
        let _ = vm.flush_stream(2);
        match vm.read_line() {
            Ok(bytes) if !bytes.is_empty() => {
                let mut text = String::from_utf8_lossy(&bytes).into_owned();
                // The tokenizer translates a line's `\r\n` ending to `\n`.
                if text.ends_with("\r\n") {
                    text.truncate(text.len() - 2);
                }
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                Line::Text(text)
            }
            _ => Line::Eof,
        }
    }
}

/// A terminal, through `rustyline`.
pub struct Terminal {
    editor: DefaultEditor,
    history: Option<std::path::PathBuf>,
}

impl std::fmt::Debug for Terminal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Terminal { .. }")
    }
}

impl Terminal {
    /// An editor with the history of earlier sessions loaded; None when the terminal cannot
    /// be driven (the caller then reads it as a pipe).
    pub fn new() -> Option<Terminal> {
        let mut editor = DefaultEditor::new().ok()?;
        let history = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| std::path::PathBuf::from(h).join(".krait_history"));
        if let Some(path) = &history {
            // A missing history file is a first session, not an error.
            let _ = editor.load_history(path);
        }
        Some(Terminal { editor, history })
    }
}

impl LineSource for Terminal {
    fn read(&mut self, vm: &Vm, prompt: &str) -> Line {
        let _ = vm.flush_stream(1);
        let _ = vm.flush_stream(2);
        match self.editor.readline(prompt) {
            Ok(text) => {
                if !text.trim().is_empty() {
                    let _ = self.editor.add_history_entry(text.as_str());
                }
                Line::Text(format!("{text}\n"))
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(_) => Line::Eof,
        }
    }

    fn ends_line_itself(&self) -> bool {
        true
    }

    fn close(&mut self) {
        if let Some(path) = &self.history {
            let _ = self.editor.save_history(path);
        }
    }
}
