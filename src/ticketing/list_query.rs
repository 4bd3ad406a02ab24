//! The crate-private `list_query!` macro: the shape every `ListXQuery` shares.

/// Declares the query of a unified list (`ListXQuery`).
///
/// The type gets the flattened [`ListParams`](crate::ListParams) (`params`), the filters listed,
/// in order (the order they are sent in), and last a flattened `extra` map for other query
/// parameters. It derives `Serialize`, `Deserialize`, `Clone`, `Debug`, `Default` and
/// `PartialEq`, and has `new(integrated_account_id)`, `limit`, one setter a filter, `param`
/// and `From<ListParams>`.
///
/// A filter is one of:
///
/// - a bare name (`created_at,`): a date filter with operators, an
///   `Option<Compare<DateTime<FixedOffset>>>` with the setter `name(filter)`;
/// - `name: T,` followed by its setter `fn setter(arg: A) = value;`: an `Option<T>`, left out
///   when `None`; the setter stores `Some(value)` (`Some(arg)` without `= value`). It may carry
///   one `#[serde(...)]` attribute after its docs (e.g. `rename = "type"`);
/// - `name: Vec<T>,` followed by its setter: a list parameter (`name[]=...`), left out when
///   empty; the setter adds one item.
///
/// The list ends with `extra`, after the docs of that map. Docs go before every filter and
/// setter; those of the date setters and of the common members are written here.
macro_rules! list_query {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        list_query!(@munch [$(#[$meta])*] $name {} {} $($body)*);
    };

    // The end: `extra`, with its docs.
    (@munch [$($attrs:tt)*] $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* extra $(,)?
    ) => {
        $($attrs)*
        #[derive(::serde::Serialize, ::serde::Deserialize, Clone, Debug, Default, PartialEq)]
        pub struct $name {
            /// The parameters every unified list takes (`integrated_account_id`, `limit`, ...).
            #[serde(flatten)]
            pub params: $crate::ListParams,
            $($fields)*
            $(#[doc = $doc])*
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

        impl $name {
            /// The query for the account `integrated_account_id`, nothing else set.
            pub fn new(
                integrated_account_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                $name::from($crate::ListParams::new(integrated_account_id))
            }

            /// Sets `limit`, the page size.
            #[must_use]
            pub fn limit(mut self, limit: u32) -> Self {
                self.params.limit = ::std::option::Option::Some(limit);
                self
            }

            $($setters)*

            /// Sets another query parameter (an object value nests: `key[inner]=...`).
            #[must_use]
            pub fn param(
                mut self,
                key: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<::serde_json::Value>,
            ) -> Self {
                self.extra.insert(key.into(), value.into());
                self
            }
        }

        impl ::std::convert::From<$crate::ListParams> for $name {
            fn from(params: $crate::ListParams) -> Self {
                $name {
                    params,
                    ..$name::default()
                }
            }
        }
    };

    // A date filter with operators: `created_at[op]=...`.
    (@munch $attrs:tt $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* $field:ident, $($rest:tt)*
    ) => {
        list_query!(@munch $attrs $name {
            $($fields)*
            $(#[doc = $doc])*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub $field: ::std::option::Option<
                $crate::Compare<::chrono::DateTime<::chrono::FixedOffset>>,
            >,
        } {
            $($setters)*
            #[doc = concat!("Sets the `", stringify!($field), "` filter.")]
            #[must_use]
            pub fn $field(
                mut self,
                filter: $crate::Compare<::chrono::DateTime<::chrono::FixedOffset>>,
            ) -> Self {
                self.$field = ::std::option::Option::Some(filter);
                self
            }
        } $($rest)*);
    };

    // A list parameter: `name[]=...`, one item a setter call.
    (@munch $attrs:tt $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* $field:ident : Vec<$ty:ty>,
        $(#[doc = $sdoc:expr])* fn $setter:ident($arg:ident : $argty:ty) $(= $value:expr)?;
        $($rest:tt)*
    ) => {
        list_query!(@munch $attrs $name {
            $($fields)*
            $(#[doc = $doc])*
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub $field: ::std::vec::Vec<$ty>,
        } {
            $($setters)*
            $(#[doc = $sdoc])*
            #[must_use]
            pub fn $setter(mut self, $arg: $argty) -> Self {
                $(let $arg = $value;)?
                self.$field.push($arg);
                self
            }
        } $($rest)*);
    };

    // An optional filter with its setter.
    (@munch $attrs:tt $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* $(#[serde($($sattr:tt)*)])? $field:ident : $ty:ty,
        $(#[doc = $sdoc:expr])* fn $setter:ident($arg:ident : $argty:ty) $(= $value:expr)?;
        $($rest:tt)*
    ) => {
        list_query!(@munch $attrs $name {
            $($fields)*
            $(#[doc = $doc])*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            $(#[serde($($sattr)*)])?
            pub $field: ::std::option::Option<$ty>,
        } {
            $($setters)*
            $(#[doc = $sdoc])*
            #[must_use]
            pub fn $setter(mut self, $arg: $argty) -> Self {
                $(let $arg = $value;)?
                self.$field = ::std::option::Option::Some($arg);
                self
            }
        } $($rest)*);
    };
}

pub(crate) use list_query;
