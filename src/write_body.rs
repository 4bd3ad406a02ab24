//! The crate-private `write_body!` and `admin_body!` macros: the shape every write body shares.
//!
//! `write_body!` declares a unified write body (`CreateX` / `UpdateX`, for any unified API):
//! typed optional fields with setters, `remote_data` (passed to the provider untouched) and a
//! map for fields the type does not name. `admin_body!` declares a write body of Truto's admin
//! API ([`platform`](crate::platform)): the same, without `remote_data`, which only the unified
//! API knows.
//!
//! No key is ever sent twice: the bodies serialize through a `Serialize` written here that
//! skips a typed field whose wire name is also a key of `extra`, and the setters and `field`
//! keep each wire name in one place, so the last write of a key is the one sent.

/// Declares a unified write body (`CreateX` / `UpdateX`).
///
/// Every listed field becomes `Option<T>` (left out when `None`), with a chainable setter of the
/// same name taking `impl Into<T>`. The macro adds `remote_data` (passed to the provider
/// untouched) and a flattened `extra` map for fields the type does not name, with the
/// `remote_data`, `remote_field` and `field` methods. Fields in a `required { ... }` block are
/// plain (not `Option`) and taken by `new`; without such a block the type is `Default` and
/// `new()` takes nothing.
///
/// A field is sent under its Rust name, or under the wire name given after `as`
/// (`kind as "type": FieldType,`), which `field` and the setter then use too. After its docs a
/// field may carry `#[serde(deserialize_with = "...")]`, which only decoding uses; other serde
/// attributes are refused (the serializer is this macro's own). Two fields with one wire name
/// fail to compile.
macro_rules! write_body {
    // The wire name of a field: the one given after `as`, else the Rust name.
    (@wire $field:ident) => { ::std::stringify!($field) };
    (@wire $field:ident $wire:literal) => { $wire };

    // `remote_data`: its methods, its branch of `field`, its entry in the serializer and its
    // wire name.
    (@remote_methods remote) => {
        /// Sets `remote_data`, replacing any set before: data passed to the remote API as
        /// is, not transformed by Truto.
        #[must_use]
        pub fn remote_data(
            mut self,
            remote_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            self.extra.remove("remote_data");
            self.remote_data = ::std::option::Option::Some(remote_data);
            self
        }

        /// Sets one key inside `remote_data`, creating the object if needed.
        #[must_use]
        pub fn remote_field(
            mut self,
            key: impl ::std::convert::Into<::std::string::String>,
            value: impl ::std::convert::Into<::serde_json::Value>,
        ) -> Self {
            self.extra.remove("remote_data");
            self.remote_data
                .get_or_insert_with(::serde_json::Map::new)
                .insert(key.into(), value.into());
            self
        }
    };
    (@remote_methods plain) => {};
    (@remote_key remote $this:ident $key:ident $value:ident) => {
        if $key == "remote_data" {
            return match $value {
                ::serde_json::Value::Object(remote_data) => $this.remote_data(remote_data),
                other => {
                    $this.remote_data = ::std::option::Option::None;
                    $this.extra.insert($key, other);
                    $this
                }
            };
        }
    };
    (@remote_key plain $($ignored:tt)*) => {};
    (@remote_entry remote $this:ident $map:ident) => {
        if let ::std::option::Option::Some(remote_data) = &$this.remote_data {
            if !$this.extra.contains_key("remote_data") {
                $map.serialize_entry("remote_data", remote_data)?;
            }
        }
    };
    (@remote_entry plain $($ignored:tt)*) => {};
    (@remote_wire remote) => { "remote_data" };
    (@remote_wire plain) => { "" };

    // `new`: without required fields, an empty body (and `Default`).
    (@new $name:ident [$($remote_init:tt)*] [] [$($field:ident)*]) => {
        impl $name {
            /// An empty body (`{}`).
            pub fn new() -> Self {
                $name {
                    $($field: ::std::option::Option::None,)*
                    $($remote_init)*
                    extra: ::serde_json::Map::new(),
                }
            }
        }

        impl ::std::default::Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    };
    (@new $name:ident [$($remote_init:tt)*] [$($rfield:ident : $rty:ty),+] [$($field:ident)*]) => {
        impl $name {
            /// A body with the fields the docs mark required; everything else unset.
            pub fn new($($rfield: impl ::std::convert::Into<$rty>),+) -> Self {
                $name {
                    $($rfield: $rfield.into(),)+
                    $($field: ::std::option::Option::None,)*
                    $($remote_init)*
                    extra: ::serde_json::Map::new(),
                }
            }
        }
    };

    // Everything, from the fields in one shape: `[docs] [deserialize_with] name [wire] : type;`.
    (@define $flavour:tt [$($remote_field:tt)*] [$($remote_init:tt)*]
        [$(#[$meta:meta])*] $name:ident
        [ $( [$(#[doc = $rdoc:expr])*] [$($rdw:literal)?] $rfield:ident [$($rwire:literal)?] : $rty:ty ; )* ]
        [ $( [$(#[doc = $doc:expr])*] [$($dw:literal)?] $field:ident [$($wire:literal)?] : $ty:ty ; )* ]
    ) => {
        $(#[$meta])*
        #[derive(::serde::Deserialize, Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            $(
                $(#[doc = $rdoc])*
                $(#[serde(rename = $rwire)])?
                $(#[serde(deserialize_with = $rdw)])?
                pub $rfield: $rty,
            )*
            $(
                $(#[doc = $doc])*
                #[serde(default)]
                $(#[serde(rename = $wire)])?
                $(#[serde(deserialize_with = $dw)])?
                pub $field: ::std::option::Option<$ty>,
            )*
            $($remote_field)*
            /// Other top-level fields, sent as they are (see `field`). A key here is sent in
            /// place of the typed field of the same wire name; the methods keep each key in
            /// one place.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

        // Two fields under one wire name would send that key twice.
        const _: () = ::std::assert!(
            $crate::write_body::distinct_keys(&[
                $($crate::write_body::write_body!(@wire $rfield $($rwire)?),)*
                $($crate::write_body::write_body!(@wire $field $($wire)?),)*
                $crate::write_body::write_body!(@remote_wire $flavour),
            ]),
            ::std::concat!("two fields of ", ::std::stringify!($name), " share a wire name"),
        );

        $crate::write_body::write_body!(@new $name [$($remote_init)*] [$($rfield : $rty),*] [$($field)*]);

        impl $name {
            $(
                $(#[doc = $doc])*
                ///
                /// (Setter: also drops a value set before under the same wire name through
                /// `field`.)
                #[must_use]
                pub fn $field(mut self, value: impl ::std::convert::Into<$ty>) -> Self {
                    self.extra.remove($crate::write_body::write_body!(@wire $field $($wire)?));
                    self.$field = ::std::option::Option::Some(value.into());
                    self
                }
            )*

            $crate::write_body::write_body!(@remote_methods $flavour);

            /// Sets a top-level field by its wire name, for fields this type does not name (or
            /// to send a value of another shape than the typed one).
            ///
            /// A key that is the wire name of a typed field sets that field when the value has
            /// its type. Otherwise the value is sent as given in place of the typed field
            /// (an optional one is cleared; a required one keeps its value but is not sent).
            /// Either way the key is sent once, with the value of its last write.
            #[must_use]
            pub fn field(
                mut self,
                key: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<::serde_json::Value>,
            ) -> Self {
                let key = key.into();
                let value = value.into();
                $crate::write_body::write_body!(@remote_key $flavour self key value);
                $(
                    if key == $crate::write_body::write_body!(@wire $rfield $($rwire)?) {
                        match ::serde_json::from_value::<$rty>(value.clone()) {
                            Ok(typed) => {
                                self.extra.remove(&key);
                                self.$rfield = typed;
                            }
                            Err(_) => {
                                self.extra.insert(key, value);
                            }
                        }
                        return self;
                    }
                )*
                $(
                    if key == $crate::write_body::write_body!(@wire $field $($wire)?) {
                        match ::serde_json::from_value::<$ty>(value.clone()) {
                            Ok(typed) => {
                                self.extra.remove(&key);
                                self.$field = ::std::option::Option::Some(typed);
                            }
                            Err(_) => {
                                self.$field = ::std::option::Option::None;
                                self.extra.insert(key, value);
                            }
                        }
                        return self;
                    }
                )*
                self.extra.insert(key, value);
                self
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(::std::option::Option::None)?;
                $(
                    let key = $crate::write_body::write_body!(@wire $rfield $($rwire)?);
                    if !self.extra.contains_key(key) {
                        map.serialize_entry(key, &self.$rfield)?;
                    }
                )*
                $(
                    if let ::std::option::Option::Some(value) = &self.$field {
                        let key = $crate::write_body::write_body!(@wire $field $($wire)?);
                        if !self.extra.contains_key(key) {
                            map.serialize_entry(key, value)?;
                        }
                    }
                )*
                $crate::write_body::write_body!(@remote_entry $flavour self map);
                for (key, value) in &self.extra {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    };

    (@entry $flavour:tt [$($remote_field:tt)*] [$($remote_init:tt)*]
        $(#[$meta:meta])*
        pub struct $name:ident {
            required {
                $(
                    $(#[doc = $rdoc:expr])*
                    $(#[serde(deserialize_with = $rdw:literal)])?
                    $rfield:ident $(as $rwire:literal)? : $rty:ty,
                )*
            }
            optional {
                $(
                    $(#[doc = $doc:expr])*
                    $(#[serde(deserialize_with = $dw:literal)])?
                    $field:ident $(as $wire:literal)? : $ty:ty,
                )*
            }
        }
    ) => {
        $crate::write_body::write_body!(@define $flavour [$($remote_field)*] [$($remote_init)*]
            [$(#[$meta])*] $name
            [ $( [$(#[doc = $rdoc])*] [$($rdw)?] $rfield [$($rwire)?] : $rty ; )* ]
            [ $( [$(#[doc = $doc])*] [$($dw)?] $field [$($wire)?] : $ty ; )* ]
        );
    };

    // A body the arm above did not take although it has a `required` block: a field it
    // cannot read (e.g. a serde attribute other than `deserialize_with`). Stops here rather
    // than being wrapped again by the arm below.
    (@entry $flavour:tt [$($remote_field:tt)*] [$($remote_init:tt)*]
        $(#[$meta:meta])*
        pub struct $name:ident { required $($rest:tt)* }
    ) => {
        ::std::compile_error!(::std::concat!(
            "cannot read the fields of ", ::std::stringify!($name),
            ": each is `docs, optional #[serde(deserialize_with = \"..\")], name [as \"wire\"]: Type,`"
        ));
    };

    // No `required` block: every field is optional.
    (@entry $flavour:tt [$($remote_field:tt)*] [$($remote_init:tt)*]
        $(#[$meta:meta])*
        pub struct $name:ident { $($fields:tt)* }
    ) => {
        $crate::write_body::write_body!(@entry $flavour [$($remote_field)*] [$($remote_init)*]
            $(#[$meta])*
            pub struct $name { required {} optional { $($fields)* } }
        );
    };

    ($($body:tt)*) => {
        $crate::write_body::write_body!(@entry remote
            [
                /// Any additional data passed as part of the request body; not transformed by
                /// Truto and passed as is to the remote API.
                #[serde(default)]
                pub remote_data: ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            ]
            [remote_data: ::std::option::Option::None,]
            $($body)*);
    };
}

/// Declares a write body of Truto's admin API: [`write_body!`] without `remote_data` (a
/// `remote_data` key set through `field` is sent like any other field).
macro_rules! admin_body {
    ($($body:tt)*) => {
        $crate::write_body::write_body!(@entry plain [] [] $($body)*);
    };
}

pub(crate) use admin_body;
pub(crate) use write_body;

/// Whether the non-empty names in `keys` are all different (the macros' compile-time check
/// that no two fields share a wire name; `""` stands for "no `remote_data`").
pub(crate) const fn distinct_keys(keys: &[&str]) -> bool {
    let mut i = 0;
    while i < keys.len() {
        let mut j = i + 1;
        while j < keys.len() {
            if !keys[i].is_empty() && same_str(keys[i], keys[j]) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

/// `a == b`, usable in a `const`.
const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests;
