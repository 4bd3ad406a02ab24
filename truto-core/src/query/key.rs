//! The serializer for map keys: it extends the key path instead of writing output.

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

use super::encode::Writer;
use super::QueryError;

/// Serializes a map key as the next segment of the writer's key path.
pub(super) struct KeySerializer<'w> {
    writer: &'w mut Writer,
}

impl<'w> KeySerializer<'w> {
    pub(super) fn new(writer: &'w mut Writer) -> Self {
        KeySerializer { writer }
    }

    fn unsupported(&self, found: &'static str) -> QueryError {
        QueryError::UnsupportedMapKey {
            key: self.writer.path(),
            found,
        }
    }

    fn finite_float(self, value: impl fmt::Display, as_f64: f64) -> Result<(), QueryError> {
        if !as_f64.is_finite() {
            return Err(QueryError::NonFiniteFloat {
                key: self.writer.path(),
                value: as_f64,
            });
        }
        self.writer.push_key_display(value);
        Ok(())
    }
}

macro_rules! key_display {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(fn $method(self, value: $ty) -> Result<(), QueryError> {
            self.writer.push_key_display(value);
            Ok(())
        })*
    };
}

macro_rules! key_unsupported {
    ($($method:ident($($arg:ident: $ty:ty),*) -> $ok:ty = $found:literal;)*) => {
        $(fn $method(self, $(_: $ty),*) -> Result<$ok, QueryError> {
            Err(self.unsupported($found))
        })*
    };
}

type NoKey = Impossible<(), QueryError>;

impl ser::Serializer for KeySerializer<'_> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = NoKey;
    type SerializeTuple = NoKey;
    type SerializeTupleStruct = NoKey;
    type SerializeTupleVariant = NoKey;
    type SerializeMap = NoKey;
    type SerializeStruct = NoKey;
    type SerializeStructVariant = NoKey;

    key_display! {
        serialize_bool: bool,
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_u128: u128,
    }

    fn serialize_f32(self, value: f32) -> Result<(), QueryError> {
        self.finite_float(value, f64::from(value))
    }

    fn serialize_f64(self, value: f64) -> Result<(), QueryError> {
        self.finite_float(value, value)
    }

    fn serialize_char(self, value: char) -> Result<(), QueryError> {
        self.writer.push_key(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, value: &str) -> Result<(), QueryError> {
        self.writer.push_key(value)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), QueryError> {
        self.writer.push_key(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }

    key_unsupported! {
        serialize_bytes(value: &[u8]) -> () = "bytes";
        serialize_none() -> () = "None";
        serialize_unit() -> () = "the unit value `()`";
        serialize_unit_struct(name: &'static str) -> () = "a unit struct";
        serialize_seq(len: Option<usize>) -> NoKey = "a sequence";
        serialize_tuple(len: usize) -> NoKey = "a tuple";
        serialize_tuple_struct(name: &'static str, len: usize) -> NoKey = "a tuple struct";
        serialize_map(len: Option<usize>) -> NoKey = "a map";
        serialize_struct(name: &'static str, len: usize) -> NoKey = "a struct";
        serialize_tuple_variant(name: &'static str, index: u32, variant: &'static str, len: usize)
            -> NoKey = "an enum variant with fields";
        serialize_struct_variant(name: &'static str, index: u32, variant: &'static str, len: usize)
            -> NoKey = "an enum variant with fields";
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), QueryError> {
        Err(self.unsupported("an enum variant with fields"))
    }
}
