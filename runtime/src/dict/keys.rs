//! The provided key semantics ([`IntKeys`], [`StrKeys`],
//! [`IdentityKeys`]) and monomorphic wrappers of the generic dict
//! operations for them, which take and return only words (for the helper
//! registry and for generated code). The wrappers compute the key's hash
//! themselves and read the dict's type ids from its headers.

use super::*;
use crate::{gc, GcPtr, RpyStr};

/// Integer (or any plain word) keys: equal when the words are equal; the
/// hash is the word itself.
pub struct IntKeys;

impl KeyOps for IntKeys {
    const PURE: bool = true;
    const EQ_IS_IDENTITY: bool = true;
    #[inline(always)]
    unsafe fn hash(&mut self, key: u64) -> i64 {
        key as i64
    }
    #[inline(always)]
    unsafe fn eq(&mut self, a: u64, b: u64) -> bool {
        a == b
    }
    unsafe fn describe(&mut self, key: u64) -> String {
        (key as i64).to_string()
    }
}

/// String keys (`*mut RpyStr`, possibly null): content equality, the
/// cached string hash.
pub struct StrKeys;

impl KeyOps for StrKeys {
    const PURE: bool = true;
    #[inline(always)]
    unsafe fn hash(&mut self, key: u64) -> i64 {
        if key == 0 {
            0
        } else {
            crate::string::str_hash(key as *mut RpyStr)
        }
    }
    #[inline(always)]
    unsafe fn eq(&mut self, a: u64, b: u64) -> bool {
        crate::string::str_eq(a as *mut RpyStr, b as *mut RpyStr)
    }
    unsafe fn describe(&mut self, key: u64) -> String {
        if key == 0 {
            "None".into()
        } else {
            crate::string::repr_text(crate::string::str_as_str(key as *mut RpyStr))
        }
    }
}

/// `bytes` keys: as [`StrKeys`], but a KeyError shows the `b'...'` repr.
pub struct BytesKeys;

impl KeyOps for BytesKeys {
    const PURE: bool = true;
    #[inline(always)]
    unsafe fn hash(&mut self, key: u64) -> i64 {
        StrKeys.hash(key)
    }
    #[inline(always)]
    unsafe fn eq(&mut self, a: u64, b: u64) -> bool {
        StrKeys.eq(a, b)
    }
    unsafe fn describe(&mut self, key: u64) -> String {
        if key == 0 {
            "None".into()
        } else {
            pytext::bytes_repr(crate::string::str_as_bytes(key as *mut RpyStr))
        }
    }
}

/// GC-pointer keys compared by identity, hashed with
/// [`gc::identity_hash`].
pub struct IdentityKeys;

impl KeyOps for IdentityKeys {
    const PURE: bool = true;
    const EQ_IS_IDENTITY: bool = true;
    #[inline(always)]
    unsafe fn hash(&mut self, key: u64) -> i64 {
        gc::identity_hash(key as GcPtr)
    }
    #[inline(always)]
    unsafe fn eq(&mut self, a: u64, b: u64) -> bool {
        a == b
    }
}

macro_rules! keyed_wrappers {
    ($ops:ident, $lookup:ident, $contains:ident, $getitem:ident, $get:ident,
     $setitem:ident, $delitem:ident) => {
        #[doc = concat!("[`dict_lookup`] with [`", stringify!($ops), "`] (hash computed here).")]
        ///
        /// # Safety
        /// As for [`dict_lookup`].
        pub unsafe fn $lookup(d: *mut RpyDict, key: u64) -> i64 {
            let hash = key_hash(&mut $ops, key);
            dict_lookup(d, key, hash, &mut $ops)
        }
        #[doc = concat!("[`dict_contains`] with [`", stringify!($ops), "`].")]
        ///
        /// # Safety
        /// As for [`dict_contains`].
        pub unsafe fn $contains(d: *mut RpyDict, key: u64) -> bool {
            dict_contains(d, key, &mut $ops)
        }
        #[doc = concat!("[`dict_getitem`] with [`", stringify!($ops), "`].")]
        ///
        /// # Safety
        /// As for [`dict_getitem`].
        pub unsafe fn $getitem(d: *mut RpyDict, key: u64) -> u64 {
            dict_getitem(d, key, &mut $ops)
        }
        #[doc = concat!("[`dict_get`] with [`", stringify!($ops), "`].")]
        ///
        /// # Safety
        /// As for [`dict_get`].
        pub unsafe fn $get(d: *mut RpyDict, key: u64, default: u64) -> u64 {
            dict_get(d, key, default, &mut $ops)
        }
        #[doc = concat!("[`dict_setitem`] with [`", stringify!($ops), "`]; type ids read from `d`.")]
        ///
        /// # Safety
        /// As for [`dict_setitem`].
        pub unsafe fn $setitem(d: *mut RpyDict, key: u64, value: u64) {
            let ty = DictType::of(d);
            dict_setitem(d, key, value, &mut $ops, &ty)
        }
        #[doc = concat!("[`dict_delitem`] with [`", stringify!($ops), "`].")]
        ///
        /// # Safety
        /// As for [`dict_delitem`].
        pub unsafe fn $delitem(d: *mut RpyDict, key: u64) -> bool {
            dict_delitem(d, key, &mut $ops)
        }
    };
}

keyed_wrappers!(
    IntKeys,
    dict_lookup_int,
    dict_contains_int,
    dict_getitem_int,
    dict_get_int,
    dict_setitem_int,
    dict_delitem_int
);
keyed_wrappers!(
    StrKeys,
    dict_lookup_str,
    dict_contains_str,
    dict_getitem_str,
    dict_get_str,
    dict_setitem_str,
    dict_delitem_str
);
keyed_wrappers!(
    IdentityKeys,
    dict_lookup_id,
    dict_contains_id,
    dict_getitem_id,
    dict_get_id,
    dict_setitem_id,
    dict_delitem_id
);

/// [`dict_getitem`] with [`BytesKeys`] (the other operations on `bytes`
/// keys are those of [`StrKeys`]).
///
/// # Safety
/// As for [`dict_getitem`].
pub unsafe fn dict_getitem_bytes(d: *mut RpyDict, key: u64) -> u64 {
    dict_getitem(d, key, &mut BytesKeys)
}

/// [`dict_new`] from the three type ids.
///
/// # Safety
/// As for [`dict_new`].
pub unsafe fn dict_new_tids(dict_tid: u32, entries_tid: u32, indexes_tid: u32) -> *mut RpyDict {
    dict_new(&DictType {
        dict_tid,
        entries_tid,
        indexes_tid,
    })
}

/// [`dict_clear`] with the type ids read from `d`.
///
/// # Safety
/// As for [`dict_clear`].
pub unsafe fn dict_clear_auto(d: *mut RpyDict) -> bool {
    let ty = DictType::of(d);
    dict_clear(d, &ty)
}

/// [`dict_copy`] with the type ids read from `d`.
///
/// # Safety
/// As for [`dict_copy`].
pub unsafe fn dict_copy_auto(d: *mut RpyDict) -> *mut RpyDict {
    let ty = DictType::of(d);
    dict_copy(d, &ty)
}
