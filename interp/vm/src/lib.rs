//! krait's virtual machine: the object model and the execution of CPython 3.11 bytecode (issue #6).
