//! The serializer for a value under a key, and for the arrays and objects inside it.

use std::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

use super::encode::{percent_encode_into, push_index, PercentEncoder, Writer};
use super::key::KeySerializer;
use super::QueryError;

/// Serializes one value named by the writer's current key path.
pub(super) struct ValueSerializer<'w> {
    writer: &'w mut Writer,
    /// Set when the value is an element of an array, whose style decides the key suffix.
    element: Option<&'w mut ArrayState>,
}

impl<'w> ValueSerializer<'w> {
    pub(super) fn new(writer: &'w mut Writer) -> Self {
        ValueSerializer {
            writer,
            element: None,
        }
    }

    /// Write `key=`, `key[]=` or `key[i]=`, then the value's text through `write_text`.
    fn write_scalar(
        self,
        write_text: impl FnOnce(&mut String) -> fmt::Result,
    ) -> Result<(), QueryError> {
        self.writer.begin_pair();
        match &self.element {
            Some(array) if array.indexed => push_index(&mut self.writer.out, array.position),
            Some(_) => self.writer.out.push_str("[]"),
            None => {}
        }
        self.writer.out.push('=');
        if write_text(&mut self.writer.out).is_err() {
            return Err(QueryError::Custom {
                key: self.path(),
                message: "the value's Display implementation returned an error".to_owned(),
            });
        }
        Ok(())
    }

    /// Prepare to write an object or array. As an array element this switches the array
    /// to indices (only they keep objects apart) and names the element `[i]`.
    fn begin_compound(self) -> &'w mut Writer {
        let writer = self.writer;
        if let Some(array) = self.element {
            if !array.indexed {
                array.switch_to_indices(writer);
            }
            push_index(&mut writer.key, array.position);
        }
        writer
    }

    fn path(&self) -> String {
        let mut path = self.writer.path();
        if let Some(array) = &self.element {
            push_index(&mut path, array.position);
        }
        path
    }
}

/// Writes a finite float, or says where a non-finite one was.
fn finite_float<T: fmt::Display>(
    serializer: ValueSerializer<'_>,
    value: T,
    as_f64: f64,
) -> Result<(), QueryError> {
    if !as_f64.is_finite() {
        return Err(QueryError::NonFiniteFloat {
            key: serializer.path(),
            value: as_f64,
        });
    }
    serializer.write_scalar(|out| write!(out, "{value}"))
}

macro_rules! serialize_display {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(fn $method(self, value: $ty) -> Result<(), QueryError> {
            self.write_scalar(|out| write!(out, "{value}"))
        })*
    };
}

impl<'w> ser::Serializer for ValueSerializer<'w> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = ArraySerializer<'w>;
    type SerializeTuple = ArraySerializer<'w>;
    type SerializeTupleStruct = ArraySerializer<'w>;
    type SerializeTupleVariant = ArraySerializer<'w>;
    type SerializeMap = ObjectSerializer<'w>;
    type SerializeStruct = ObjectSerializer<'w>;
    type SerializeStructVariant = ObjectSerializer<'w>;

    // Digits, `-` and the words `true`/`false` need no percent-encoding.
    serialize_display! {
        serialize_bool: bool,
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_u128: u128,
    }

    fn serialize_f32(self, value: f32) -> Result<(), QueryError> {
        finite_float(self, value, f64::from(value))
    }

    fn serialize_f64(self, value: f64) -> Result<(), QueryError> {
        finite_float(self, value, value)
    }

    fn serialize_char(self, value: char) -> Result<(), QueryError> {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, value: &str) -> Result<(), QueryError> {
        self.write_scalar(|out| {
            percent_encode_into(out, value);
            Ok(())
        })
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result<(), QueryError> {
        Err(QueryError::BytesUnsupported { key: self.path() })
    }

    fn serialize_none(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), QueryError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        let writer = self.begin_compound();
        writer.push_key(variant)?;
        value
            .serialize(ValueSerializer::new(&mut *writer))
            .map_err(|error| error.or_at(|| writer.path()))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<ArraySerializer<'w>, QueryError> {
        Ok(ArraySerializer::new(self.begin_compound()))
    }

    fn serialize_tuple(self, _len: usize) -> Result<ArraySerializer<'w>, QueryError> {
        Ok(ArraySerializer::new(self.begin_compound()))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<ArraySerializer<'w>, QueryError> {
        Ok(ArraySerializer::new(self.begin_compound()))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<ArraySerializer<'w>, QueryError> {
        let writer = self.begin_compound();
        writer.push_key(variant)?;
        Ok(ArraySerializer::new(writer))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<ObjectSerializer<'w>, QueryError> {
        Ok(ObjectSerializer::new(self.begin_compound()))
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<ObjectSerializer<'w>, QueryError> {
        Ok(ObjectSerializer::new(self.begin_compound()))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<ObjectSerializer<'w>, QueryError> {
        let writer = self.begin_compound();
        writer.push_key(variant)?;
        Ok(ObjectSerializer::new(writer))
    }

    // Timestamps and other `Display` values are encoded as they are formatted.
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        self.write_scalar(|out| write!(PercentEncoder(out), "{value}"))
    }
}

/// How an array is being written.
pub(super) struct ArrayState {
    /// Elements are written `key[i]` (some element was an object or array), else `key[]`.
    indexed: bool,
    /// Length of the output when the array started: all after it is the array's.
    start: usize,
    /// Length of the key path naming the array.
    key_len: usize,
    /// Index of the element being written, counting elements that wrote nothing.
    position: usize,
}

impl ArrayState {
    /// Rewrite the scalars written so far as `key[]=v` into `key[i]=v`, and write the
    /// rest with indices. Only the output since the array's start is copied, and only once.
    fn switch_to_indices(&mut self, writer: &mut Writer) {
        self.indexed = true;
        if writer.out.len() <= self.start || !writer.out.is_char_boundary(self.start) {
            return;
        }
        let written = writer.out.split_off(self.start);
        // Keys and values are percent-encoded, so `&` only separates pairs, and each pair
        // is the array's key, `[]=`, then the value.
        let value_offset = self.key_len + "[]=".len();
        let pairs = written.split('&').filter(|pair| !pair.is_empty());
        // Indices from 0 stay below `position`, so they cannot clash with later elements.
        for (index, pair) in pairs.enumerate() {
            writer.begin_pair();
            push_index(&mut writer.out, index);
            writer.out.push('=');
            writer
                .out
                .push_str(pair.get(value_offset..).unwrap_or_default());
        }
    }
}

/// Writes the elements of a sequence, tuple or tuple variant.
pub(super) struct ArraySerializer<'w> {
    writer: &'w mut Writer,
    state: ArrayState,
}

impl<'w> ArraySerializer<'w> {
    fn new(writer: &'w mut Writer) -> Self {
        let state = ArrayState {
            indexed: false,
            start: writer.out.len(),
            key_len: writer.key.len(),
            position: 0,
        };
        ArraySerializer { writer, state }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let result = value.serialize(ValueSerializer {
            writer: &mut *self.writer,
            element: Some(&mut self.state),
        });
        self.writer.key.truncate(self.state.key_len);
        let position = self.state.position;
        self.state.position = position.saturating_add(1);
        result.map_err(|error| {
            error.or_at(|| {
                let mut path = self.writer.path();
                push_index(&mut path, position);
                path
            })
        })
    }
}

impl ser::SerializeSeq for ArraySerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeTuple for ArraySerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for ArraySerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for ArraySerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// Writes the entries of a map, struct or struct variant, each under `key[name]`.
pub(super) struct ObjectSerializer<'w> {
    writer: &'w mut Writer,
    /// Length of the key path naming the object.
    key_len: usize,
}

impl<'w> ObjectSerializer<'w> {
    pub(super) fn new(writer: &'w mut Writer) -> Self {
        let key_len = writer.key.len();
        ObjectSerializer { writer, key_len }
    }

    /// Write the value of the entry whose name is already on the key path.
    fn entry_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let result = value
            .serialize(ValueSerializer::new(&mut *self.writer))
            .map_err(|error| error.or_at(|| self.writer.path()));
        self.writer.key.truncate(self.key_len);
        result
    }

    fn field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        self.writer.key.truncate(self.key_len);
        self.writer.push_key(name)?;
        self.entry_value(value)
    }
}

impl ser::SerializeMap for ObjectSerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), QueryError> {
        self.writer.key.truncate(self.key_len);
        key.serialize(KeySerializer::new(&mut *self.writer))
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.entry_value(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeStruct for ObjectSerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        self.field(name, value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for ObjectSerializer<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        self.field(name, value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}
