//! The frame chain: one link per Python frame now executing, innermost last, across every
//! nested run of the loop (what CPython's `frame->previous` chain gives). A frame that waits on
//! a Python-to-Python call is parked in its link, so `f_back`, `sys._getframe(n)` and
//! `f_locals` can read it; the frame the loop is running is held by the loop, and a frame whose
//! native call re-entered the loop is known by its link's code, globals and last recorded
//! instruction. A link also holds the frame's frame object once one is made, and when the frame
//! ends while that object is referenced elsewhere (a traceback), the object takes the frame's
//! locals (`take_ownership`).

use std::rc::Rc;

use super::code::Code;
use super::frame::Frame;
use crate::object::{ObjRef, PyErr};
use crate::runtime::Vm;
use crate::types::frame as frameobj;

/// One executing frame.
#[derive(Debug)]
pub struct Link {
    /// Its code.
    pub code: Rc<Code>,
    /// Its globals (what `PyEval_GetGlobals` answers).
    pub globals: ObjRef,
    /// Its instruction, recorded when a frame above it starts (the innermost frame's is
    /// `Vm::cur_lasti`).
    pub lasti: usize,
    /// The frame itself while it waits on a Python call.
    pub parked: Option<Box<Frame>>,
    /// Its frame object, once made.
    pub obj: Option<ObjRef>,
}

/// Pushes the link of `frame` (whose frame object moves to the link). The link is written
/// straight into the vector's free slot: pushed, it was assembled on the stack and copied over
/// in wider moves than it was written in, and the processor could not forward the writes to
/// the reads (measured: a tenth of a call, a sixth of a generator's resumption).
#[inline(always)]
fn append_link(frames: &mut Vec<Link>, frame: &mut Frame) {
    frames.reserve(1);
    let len = frames.len();
    frames.spare_capacity_mut()[0].write(Link {
        code: frame.code.clone(),
        globals: frame.globals.clone(),
        lasti: frame.lasti,
        parked: None,
        obj: frame.obj.take(),
    });
    #[allow(unsafe_code)]
    // SAFETY: `reserve(1)` made room for the slot just written, which is the one past the old
    // length, so the first `len + 1` elements are initialised.
    unsafe {
        frames.set_len(len + 1);
    }
}

/// Takes apart the link of a frame that was running (so it holds no parked frame) and gives
/// its frame object: the link's code and globals are dropped here rather than in the general
/// drop of a link, which the optimiser called out of line (measured: a tenth of a return).
#[inline(always)]
fn take_running_link(link: Link) -> Option<ObjRef> {
    let Link {
        code,
        globals,
        lasti: _,
        parked,
        obj,
    } = link;
    // A running frame is never parked: there is nothing to drop (checked in debug builds).
    debug_assert!(parked.is_none());
    std::mem::forget(parked);
    drop(code);
    drop(globals);
    obj
}

impl Vm<'_> {
    /// Links `frame` as the innermost executing frame (its frame object moves to the link).
    pub(crate) fn push_link(&self, frame: &mut Frame) {
        let mut frames = self.frames.borrow_mut();
        if let Some(top) = frames.last_mut()
            && top.parked.is_none()
        {
            top.lasti = self.cur_lasti.get();
        }
        append_link(&mut frames, frame);
        self.cur_lasti.set(frame.lasti);
    }

    /// After a frame leaves the chain, the innermost instruction is its caller's again.
    fn restore_lasti(&self) {
        if let Some(top) = self.frames.borrow().last() {
            self.cur_lasti.set(top.lasti);
        }
    }

    /// The instruction link `i`'s frame is running.
    pub(crate) fn link_lasti(&self, i: usize) -> Option<usize> {
        let frames = self.frames.borrow();
        let l = frames.get(i)?;
        Some(match &l.parked {
            Some(f) => f.lasti,
            None if i + 1 == frames.len() => self.cur_lasti.get(),
            None => l.lasti,
        })
    }

    /// A Python-to-Python call: parks `caller` (the innermost frame) and links `callee` as the
    /// innermost, as [`Vm::park`] then [`Vm::push_link`] would, under one borrow of the chain.
    pub(crate) fn call_link(&self, caller: Box<Frame>, callee: &mut Frame) {
        let mut frames = self.frames.borrow_mut();
        if let Some(top) = frames.last_mut() {
            top.lasti = caller.lasti;
            top.parked = Some(caller);
        }
        append_link(&mut frames, callee);
        self.cur_lasti.set(callee.lasti);
    }

    /// Links a suspended generator's frame as the innermost, parked, while `throw()` is passed
    /// on to the generator or coroutine it delegates to: `_gen_throw` makes the delegating
    /// frame the current one then, so the delegate's frame has it as `f_back`.
    pub(crate) fn link_suspended(&self, mut frame: Box<Frame>) {
        let mut frames = self.frames.borrow_mut();
        if let Some(top) = frames.last_mut()
            && top.parked.is_none()
        {
            top.lasti = self.cur_lasti.get();
        }
        append_link(&mut frames, &mut frame);
        let lasti = frame.lasti;
        if let Some(top) = frames.last_mut() {
            top.parked = Some(frame);
        }
        self.cur_lasti.set(lasti);
    }

    /// Undoes [`Vm::link_suspended`]: unlinks the innermost link and gives its parked frame
    /// back, with its frame object. None if the innermost link holds no parked frame.
    pub(crate) fn unlink_suspended(&self) -> Option<Box<Frame>> {
        let mut frames = self.frames.borrow_mut();
        if frames.last().is_none_or(|l| l.parked.is_none()) {
            return None;
        }
        let mut link = frames.pop()?;
        if let Some(top) = frames.last() {
            self.cur_lasti.set(top.lasti);
        }
        let mut frame = link.parked.take()?;
        frame.obj = link.obj.take();
        Some(frame)
    }

    /// Unlinks the innermost frame, which stays alive (a generator's frame suspending): its
    /// frame object goes back to the frame.
    pub(crate) fn suspend_link(&self, frame: &mut Frame) {
        let mut frames = self.frames.borrow_mut();
        let link = frames.pop();
        if let Some(top) = frames.last() {
            self.cur_lasti.set(top.lasti);
        }
        drop(frames);
        if let Some(link) = link {
            frame.obj = take_running_link(link);
        }
    }

    /// Unlinks the innermost frame, which has finished: a frame object someone else still
    /// references takes the frame's locals and links to the caller's frame object. Returns the
    /// caller if it is parked above `floor` (this run's base).
    pub(crate) fn exit_link(&self, mut frame: Box<Frame>, floor: usize) -> Option<Box<Frame>> {
        let link = self.frames.borrow_mut().pop();
        let obj = match link {
            Some(Link { obj: Some(o), .. }) => Some(o),
            _ => frame.obj.take(),
        };
        if let Some(o) = obj {
            if Rc::strong_count(&o) > 1 {
                // A generator's frame is unlinked from its caller before it is cleared.
                let back = if super::is_generator_code(&frame.code) {
                    None
                } else {
                    self.frame_object_at(None)
                };
                frameobj::take_ownership(self, &o, &mut frame, back);
            }
            drop(o);
        }
        self.recycle_frame(frame);
        // One borrow restores the caller's instruction and takes the caller back.
        let mut frames = self.frames.borrow_mut();
        let len = frames.len();
        let top = frames.last_mut()?;
        self.cur_lasti.set(top.lasti);
        if len <= floor {
            return None;
        }
        top.parked.take()
    }

    /// A return to the caller within one run, for the common case: `cur` has finished, has no
    /// frame object, and its caller is parked above `floor` (this run's base). The caller
    /// replaces it in `cur` and the finished frame is recycled, as [`Vm::exit_link`] would do;
    /// false, with nothing changed, when the case is not the common one.
    pub(crate) fn return_to_caller(&self, cur: &mut Box<Frame>, floor: usize) -> bool {
        let mut frames = self.frames.borrow_mut();
        let len = frames.len();
        if len <= floor + 1 || cur.obj.is_some() || frames[len - 1].obj.is_some() {
            return false;
        }
        let Some(caller) = frames[len - 2].parked.take() else {
            return false;
        };
        self.cur_lasti.set(frames[len - 2].lasti);
        // The finished frame's link has no frame object (checked above): nothing to drop.
        let link = frames.pop();
        drop(frames);
        if let Some(link) = link {
            std::mem::forget(take_running_link(link));
        }
        let done = std::mem::replace(cur, caller);
        self.recycle_frame(done);
        true
    }

    /// A generator's frame yielding to the frame that resumed it on this run (`FOR_ITER` or
    /// `SEND`, see [`super::resume`]): unlinks `cur` as [`Vm::suspend_link`] does and puts the
    /// parked caller in its place, as [`Vm::take_parked`] then gives it; returns the
    /// generator's frame. None, with nothing changed, when no caller is parked below.
    pub(crate) fn yield_to_caller(&self, cur: &mut Box<Frame>) -> Option<Box<Frame>> {
        let mut frames = self.frames.borrow_mut();
        let len = frames.len();
        let caller = frames.get_mut(len.checked_sub(2)?)?.parked.take()?;
        let link = frames.pop();
        self.cur_lasti.set(frames[len - 2].lasti);
        drop(frames);
        let mut gen_frame = std::mem::replace(cur, caller);
        if let Some(link) = link {
            gen_frame.obj = take_running_link(link);
        }
        Some(gen_frame)
    }

    /// Takes back the frame parked in the innermost link (the caller of a frame that just
    /// left the chain).
    pub(crate) fn take_parked(&self) -> Option<Box<Frame>> {
        self.frames.borrow_mut().last_mut()?.parked.take()
    }

    /// Drops the links above `floor` (a run ending abnormally; after a normal end there are
    /// none, which is checked inline).
    #[inline]
    pub(crate) fn truncate_links(&self, floor: usize) {
        if self.frames.borrow().len() > floor {
            self.drop_links_above(floor);
        }
    }

    /// The rest of [`Vm::truncate_links`].
    #[inline(never)]
    fn drop_links_above(&self, floor: usize) {
        let rest = {
            let mut frames = self.frames.borrow_mut();
            if frames.len() <= floor {
                return;
            }
            frames.split_off(floor)
        };
        drop(rest);
        self.restore_lasti();
    }

    /// How many frames are executing.
    pub(crate) fn chain_len(&self) -> usize {
        self.frames.borrow().len()
    }

    /// The globals of the innermost executing frame.
    pub fn current_globals(&self) -> Option<ObjRef> {
        self.frames.borrow().last().map(|l| l.globals.clone())
    }

    /// The frame object of the running frame `frame` (the innermost link), made if needed.
    pub fn current_frame_object(&self, frame: &Frame) -> ObjRef {
        if let Some(o) = self.frames.borrow().last().and_then(|l| l.obj.clone()) {
            frameobj::sync_lasti(&o, frame.lasti);
            return o;
        }
        let o = frameobj::new_frame_object(self, frame, None);
        if let Some(top) = self.frames.borrow_mut().last_mut() {
            top.obj = Some(o.clone());
        }
        o
    }

    /// The frame object of the link `depth` below the innermost (None: the innermost), made
    /// if needed; None past the outermost.
    pub fn frame_object_at(&self, depth: Option<usize>) -> Option<ObjRef> {
        let len = self.frames.borrow().len();
        let i = len.checked_sub(1 + depth.unwrap_or(0))?;
        self.link_object(i)
    }

    /// The frame object of link `i`.
    pub(crate) fn link_object(&self, i: usize) -> Option<ObjRef> {
        let lasti = self.link_lasti(i)?;
        let made = {
            let frames = self.frames.borrow();
            let link = frames.get(i)?;
            if let Some(o) = &link.obj {
                return Some(o.clone());
            }
            match &link.parked {
                Some(f) => frameobj::new_frame_object(self, f, None),
                None => frameobj::new_from_link(self, link, lasti),
            }
        };
        if let Some(l) = self.frames.borrow_mut().get_mut(i) {
            l.obj = Some(made.clone());
        }
        Some(made)
    }

    /// The index of the link whose frame object is `obj`.
    pub(crate) fn link_index_of(&self, obj: &ObjRef) -> Option<usize> {
        self.frames
            .borrow()
            .iter()
            .rposition(|l| l.obj.as_ref().is_some_and(|o| Rc::ptr_eq(o, obj)))
    }

    /// Runs `f` on the parked frame of link `i`, if it is parked.
    pub(crate) fn with_parked<R>(&self, i: usize, f: impl FnOnce(&Frame) -> R) -> Option<R> {
        let frames = self.frames.borrow();
        frames.get(i)?.parked.as_deref().map(f)
    }

    /// `ValueError: call stack is not deep enough` for `sys._getframe`.
    pub(crate) fn not_deep_enough(&self) -> PyErr {
        self.value_error("call stack is not deep enough")
    }
}
