//! The crate-private `write_body!` and `admin_body!` macros: the shape every write body shares.
//!
//! `write_body!` declares a unified write body (`CreateX` / `UpdateX`, for any unified API):
//! typed optional fields with setters, `remote_data` (passed to the provider untouched) and a
//! map for fields the type does not name. `admin_body!` declares a write body of Truto's admin
//! API ([`platform`](crate::platform)): the same, without `remote_data`, which only the unified
//! API knows.

/// Declares a unified write body (`CreateX` / `UpdateX`).
///
/// Every listed field becomes `Option<T>` (left out when `None`), with a chainable setter of the
/// same name taking `impl Into<T>`. The macro adds `remote_data` (passed to the provider
/// untouched) and a flattened `extra` map for fields the type does not name, with the
/// `remote_data`, `remote_field` and `field` methods. Fields in a `required { ... }` block are
/// plain (not `Option`) and taken by `new`; without such a block the type is `Default` and
/// `new()` takes nothing.
///
/// A field may carry one `#[serde(...)]` attribute after its docs (e.g. `deserialize_with`).
/// Wire names are the field names (no renames).
macro_rules! write_body {
    // `remote_data`: its methods and its branch of `field`.
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

    (@impl $flavour:tt $name:ident
        { $( $rfield:ident : $rty:ty ),* }
        { $( $(#[doc = $doc:expr])* $field:ident : $ty:ty ),* }
    ) => {
        impl $name {
            $(
                $(#[doc = $doc])*
                ///
                /// (Setter: also drops a same-named key set before through `field`.)
                #[must_use]
                pub fn $field(mut self, value: impl ::std::convert::Into<$ty>) -> Self {
                    self.extra.remove(stringify!($field));
                    self.$field = ::std::option::Option::Some(value.into());
                    self
                }
            )*

            $crate::write_body::write_body!(@remote_methods $flavour);

            /// Sets a top-level field by its wire name, for fields this type does not name (or
            /// to send a value of another shape than the typed one).
            ///
            /// A key that names a typed field sets that field when the value has its type;
            /// otherwise the typed field is cleared and the value is sent as given, so the key
            /// never appears twice.
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
                    if key == stringify!($rfield) {
                        if let Ok(typed) = ::serde_json::from_value::<$rty>(value.clone()) {
                            self.$rfield = typed;
                            return self;
                        }
                    }
                )*
                $(
                    if key == stringify!($field) {
                        match ::serde_json::from_value::<$ty>(value.clone()) {
                            Ok(typed) => {
                                self.extra.remove(&key);
                                self.$field = ::std::option::Option::Some(typed);
                                return self;
                            }
                            Err(_) => self.$field = ::std::option::Option::None,
                        }
                    }
                )*
                self.extra.insert(key, value);
                self
            }
        }
    };

    (@entry $flavour:tt [$($remote_field:tt)*] [$($remote_init:tt)*]
        $(#[$meta:meta])*
        pub struct $name:ident {
            required {
                $( $(#[doc = $rdoc:expr])* $rfield:ident : $rty:ty, )+
            }
            optional {
                $( $(#[doc = $doc:expr])* $(#[serde($($sattr:tt)*)])? $field:ident : $ty:ty, )*
            }
        }
    ) => {
        $(#[$meta])*
        #[derive(::serde::Serialize, ::serde::Deserialize, Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            $( $(#[doc = $rdoc])* pub $rfield: $rty, )+
            $(
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                $(#[serde($($sattr)*)])?
                pub $field: ::std::option::Option<$ty>,
            )*
            $($remote_field)*
            /// Other top-level fields, sent as they are (see `field`). Keep typed fields out of
            /// it, or the key is sent twice; the methods take care of that.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

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

        $crate::write_body::write_body!(@impl $flavour $name { $($rfield : $rty),+ } { $( $(#[doc = $doc])* $field : $ty ),* });
    };

    (@entry $flavour:tt [$($remote_field:tt)*] [$($remote_init:tt)*]
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[doc = $doc:expr])* $(#[serde($($sattr:tt)*)])? $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(::serde::Serialize, ::serde::Deserialize, Clone, Debug, Default, PartialEq, Eq)]
        pub struct $name {
            $(
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                $(#[serde($($sattr)*)])?
                pub $field: ::std::option::Option<$ty>,
            )*
            $($remote_field)*
            /// Other top-level fields, sent as they are (see `field`). Keep typed fields out of
            /// it, or the key is sent twice; the methods take care of that.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

        impl $name {
            /// An empty body (`{}`).
            pub fn new() -> Self {
                ::std::default::Default::default()
            }
        }

        $crate::write_body::write_body!(@impl $flavour $name { } { $( $(#[doc = $doc])* $field : $ty ),* });
    };

    ($($body:tt)*) => {
        $crate::write_body::write_body!(@entry remote
            [
                /// Any additional data passed as part of the request body; not transformed by
                /// Truto and passed as is to the remote API.
                #[serde(default, skip_serializing_if = "Option::is_none")]
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
