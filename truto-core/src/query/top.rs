//! The serializer for the whole value of [`append_query`](super::append_query): it accepts
//! only what has the shape of an object, and hands that to [`ValueSerializer`].

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

use super::encode::Writer;
use super::value::{ArraySerializer, ObjectSerializer, ValueSerializer};
use super::QueryError;

/// Serializes the top-level value, whose entries become the query's parameters.
pub(super) struct TopSerializer<'w> {
    writer: &'w mut Writer,
}

impl<'w> TopSerializer<'w> {
    pub(super) fn new(writer: &'w mut Writer) -> Self {
        TopSerializer { writer }
    }

    fn value(self) -> ValueSerializer<'w> {
        ValueSerializer::new(self.writer)
    }
}

type NotAnObject = Impossible<(), QueryError>;

macro_rules! reject {
    ($($method:ident($($arg:ident: $ty:ty),*) -> $ok:ty = $found:literal;)*) => {
        $(fn $method(self, $(_: $ty),*) -> Result<$ok, QueryError> {
            Err(QueryError::NotAnObject { found: $found })
        })*
    };
}

impl<'w> ser::Serializer for TopSerializer<'w> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = NotAnObject;
    type SerializeTuple = NotAnObject;
    type SerializeTupleStruct = NotAnObject;
    type SerializeTupleVariant = ArraySerializer<'w>;
    type SerializeMap = ObjectSerializer<'w>;
    type SerializeStruct = ObjectSerializer<'w>;
    type SerializeStructVariant = ObjectSerializer<'w>;

    reject! {
        serialize_bool(value: bool) -> () = "a boolean";
        serialize_i8(value: i8) -> () = "an integer";
        serialize_i16(value: i16) -> () = "an integer";
        serialize_i32(value: i32) -> () = "an integer";
        serialize_i64(value: i64) -> () = "an integer";
        serialize_i128(value: i128) -> () = "an integer";
        serialize_u8(value: u8) -> () = "an integer";
        serialize_u16(value: u16) -> () = "an integer";
        serialize_u32(value: u32) -> () = "an integer";
        serialize_u64(value: u64) -> () = "an integer";
        serialize_u128(value: u128) -> () = "an integer";
        serialize_f32(value: f32) -> () = "a float";
        serialize_f64(value: f64) -> () = "a float";
        serialize_char(value: char) -> () = "a character";
        serialize_str(value: &str) -> () = "a string";
        serialize_bytes(value: &[u8]) -> () = "bytes";
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str)
            -> () = "a unit enum variant";
        serialize_seq(len: Option<usize>) -> NotAnObject = "a sequence";
        serialize_tuple(len: usize) -> NotAnObject = "a tuple";
        serialize_tuple_struct(name: &'static str, len: usize) -> NotAnObject = "a tuple struct";
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, _value: &T) -> Result<(), QueryError> {
        Err(QueryError::NotAnObject { found: "a string" })
    }

    fn serialize_none(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }

    // No parameters, as for `None`: `()` also serves as the query of an endpoint without
    // one, and JSON `null` serializes as unit.
    fn serialize_unit(self) -> Result<(), QueryError> {
        Ok(())
    }

    // A struct without fields: no parameters.
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }

    // Enum variants with data are the object `{variant: data}`.
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        self.value()
            .serialize_newtype_variant(name, index, variant, value)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<ArraySerializer<'w>, QueryError> {
        self.value()
            .serialize_tuple_variant(name, index, variant, len)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<ObjectSerializer<'w>, QueryError> {
        self.value().serialize_map(len)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<ObjectSerializer<'w>, QueryError> {
        self.value().serialize_struct(name, len)
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<ObjectSerializer<'w>, QueryError> {
        self.value()
            .serialize_struct_variant(name, index, variant, len)
    }
}
