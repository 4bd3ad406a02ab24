//! Query strings in the format of the JS [`qs`](https://github.com/ljharb/qs) library,
//! which is how Truto's server reads query parameters.
//!
//! Truto's list endpoints take nested parameters (`remote_query[status]=open`), arrays of
//! names (`truto_exclude_fields[]=id`) and arrays of objects. This module turns any
//! [`Serialize`] value into that shape, with a serde [`Serializer`](serde::Serializer) that
//! writes straight into the output string.
//!
//! No existing crate writes what `qs` reads back: `serde_urlencoded` has no nesting at all
//! (sequences and nested structs are errors), and `serde_qs` uses one array style for the
//! whole value, either indices everywhere or `[]` everywhere (which `qs` cannot rebuild into
//! an array of objects), and writes empty arrays as `key=` and `None` as a bare `key`, both
//! of which `qs` reads as empty strings.
//!
//! # Rules
//!
//! - Scalars as their text: `true`/`false`, integers, finite floats (Rust's `Display`, never
//!   an exponent), chars and strings; a unit enum variant as its serialized name.
//! - `None`, `()`, unit structs, empty arrays and empty objects write nothing; an empty string
//!   is kept as `key=`.
//! - Structs, maps and struct variants nest in brackets: `remote_query[foo][bar]=x`.
//!   A newtype variant `V(x)` is the object `{V: x}`: `key[V]=x`. Newtype structs are
//!   transparent; tuples are arrays.
//! - An array whose elements are all scalars uses empty brackets: `ids[]=1&ids[]=2`. An array
//!   holding any object or array uses indices, `a[0][k]=v&a[1][k]=w`, because `qs` would merge
//!   `a[][k]=v&a[][k]=w` into one object. The choice is made per array while writing; if an
//!   object follows some scalars, the scalars already written are renumbered in place.
//! - Keys and values are percent-encoded (UTF-8), keeping only the RFC 3986 unreserved
//!   characters `A-Z a-z 0-9 - . _ ~`; a space is `%20`. The brackets of nesting stay literal.
//! - A key that is empty or contains `[` or `]` is an error: `qs` decodes keys before it splits
//!   them on brackets, so such a key cannot come back as sent.
//!
//! What `qs` itself cannot tell apart: an object whose keys are all integers (`{"0": x}`)
//! comes back as an array; keys naming `Object.prototype` members (`toString`, `__proto__`)
//! are dropped. With its default options, `qs` (6.14 and later) turns an array of more than
//! 20 elements, in either style, into an object keyed by index, and stops splitting keys
//! after 5 levels of nesting.
//!
//! Encoding allocates only the output and one buffer for the current key path (plus, when an
//! array switches to indices, one copy of the pairs it had written).

mod encode;
mod error;
mod key;
mod top;
mod value;

use serde::Serialize;

pub use error::QueryError;

use encode::Writer;

/// Encode a struct or map as a query string (no leading `?`).
///
/// The value must be a struct or map, or an `Option`, newtype or enum variant that holds one;
/// `None`, `()` and unit structs encode as the empty string. See the [module docs](self) for
/// the rules.
///
/// # Errors
///
/// A [`QueryError`] if the value is not an object (see above) or holds something with no
/// query-string form: a non-finite float, bytes, an empty or bracketed key, a non-scalar map
/// key, or an error raised by a `Serialize` implementation.
///
/// # Example
///
/// ```
/// use serde::Serialize;
///
/// #[derive(Serialize)]
/// struct Filter {
///     status: &'static str,
/// }
///
/// #[derive(Serialize)]
/// struct ListParams {
///     integrated_account_id: &'static str,
///     truto_exclude_fields: Vec<&'static str>,
///     remote_query: Filter,
///     limit: Option<u32>,
/// }
///
/// let params = ListParams {
///     integrated_account_id: "acc 1",
///     truto_exclude_fields: vec!["id", "name"],
///     remote_query: Filter { status: "open" },
///     limit: None,
/// };
/// assert_eq!(
///     truto_core::query::to_query_string(&params).unwrap(),
///     "integrated_account_id=acc%201\
///      &truto_exclude_fields[]=id&truto_exclude_fields[]=name\
///      &remote_query[status]=open",
/// );
/// ```
pub fn to_query_string<T: Serialize + ?Sized>(value: &T) -> Result<String, QueryError> {
    let mut out = String::new();
    append_query(&mut out, value)?;
    Ok(out)
}

/// Append the pairs of a struct or map to `out`, inserting `&` first if `out` is non-empty
/// and something is written.
///
/// No `&` is inserted after a trailing `?` or `&`, so `out` may be a URL ending in `?`.
///
/// # Errors
///
/// As [`to_query_string`]; `out` is then left as it was.
pub fn append_query<T: Serialize + ?Sized>(out: &mut String, value: &T) -> Result<(), QueryError> {
    Writer::run(out, |writer| {
        value.serialize(top::TopSerializer::new(writer))
    })
}

/// Append one parameter named `key` whose value may be anything (scalar, `Option`, sequence,
/// map, struct), inserting `&` first as [`append_query`] does.
///
/// `append_query_pair(out, "ids", &[1, 2])` appends `ids[]=1&ids[]=2`; a `None` or empty value
/// appends nothing.
///
/// # Errors
///
/// As [`to_query_string`], except that any value is accepted, and also if `key` is empty or
/// contains `[` or `]`; `out` is then left as it was.
pub fn append_query_pair<T: Serialize + ?Sized>(
    out: &mut String,
    key: &str,
    value: &T,
) -> Result<(), QueryError> {
    Writer::run(out, |writer| {
        writer.push_key(key)?;
        value.serialize(value::ValueSerializer::new(writer))
    })
}

#[cfg(test)]
mod tests;
