//! The crate-private `list_query!` macro: the shape every unified list query (`ListXQuery`)
//! shares, for any unified API.

/// Declares the query of a unified list (`ListXQuery`).
///
/// The type gets [`QueryParams`](crate::QueryParams) as `params` (Truto's own parameters and
/// the free-form ones) and the filters listed, in the order they are sent in: Truto's
/// parameters first, then the filters, then `params.extra` (see
/// [`Wire`](crate::query_params::Wire)). It derives `Deserialize`, `Clone`, `Debug`,
/// `Default` and `PartialEq`, implements `Serialize` in that order, and has
/// `new(integrated_account_id)`, `limit`, one setter a filter, `param` and
/// `From<QueryParams>`. `Default` leaves the account out, for a client scoped with
/// [`Client::for_account`](crate::Client::for_account).
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
/// Docs go before every filter and setter; those of the date setters and of the common
/// members are written here.
macro_rules! list_query {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        $crate::list_query::list_query!(@munch unified [$(#[$meta])*] $name {} {} $($body)*);
    };

    // The end of an admin list query: `limit`, the filters, then the free-form parameters.
    (@munch admin [$($attrs:tt)*] $name:ident
        { $( [$($fattr:tt)*] $field:ident : $fty:ty; )* }
        { $($setters:tt)* }
    ) => {
        $($attrs)*
        #[derive(::serde::Serialize, ::serde::Deserialize, Clone, Debug, Default, PartialEq)]
        pub struct $name {
            /// `limit`: items per page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub limit: ::std::option::Option<u32>,
            $( $($fattr)* pub $field: $fty, )*
            /// Every other parameter, set with [`param`](Self::param), sent after the filters
            /// in key order.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

        impl $name {
            /// The query with nothing set: the first page of everything.
            pub fn new() -> Self {
                ::std::default::Default::default()
            }

            /// Sets `limit`, the page size.
            #[must_use]
            pub fn limit(mut self, limit: u32) -> Self {
                self.limit = ::std::option::Option::Some(limit);
                self
            }

            $($setters)*

            /// Sets another query parameter, sent after the filters (an object value nests:
            /// `key[inner]=...`).
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
    };

    // The end: every filter is in `{ [attributes] name: type; ... }`.
    (@munch unified [$($attrs:tt)*] $name:ident
        { $( [$($fattr:tt)*] $field:ident : $fty:ty; )* }
        { $($setters:tt)* }
    ) => {
        $($attrs)*
        #[derive(::serde::Deserialize, Clone, Debug, Default, PartialEq)]
        pub struct $name {
            /// Truto's own parameters (`integrated_account_id`, `limit`, ...) and the other
            /// parameters set with [`param`](Self::param), sent after the filters.
            #[serde(flatten)]
            pub params: $crate::QueryParams,
            $( $($fattr)* pub $field: $fty, )*
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                #[derive(::serde::Serialize)]
                struct Filters<'a> {
                    $( $($fattr)* $field: &'a $fty, )*
                }
                let filters = Filters { $($field: &self.$field,)* };
                $crate::query_params::Wire::new(&self.params, filters).serialize(serializer)
            }
        }

        impl $name {
            /// The query for the account `integrated_account_id`, nothing else set.
            pub fn new(
                integrated_account_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                $name::from($crate::QueryParams::new(integrated_account_id))
            }

            /// Sets `limit`, the page size.
            #[must_use]
            pub fn limit(mut self, limit: u32) -> Self {
                self.params.limit = ::std::option::Option::Some(limit);
                self
            }

            $($setters)*

            /// Sets another query parameter, sent after the filters (an object value nests:
            /// `key[inner]=...`); the same as [`QueryParams::param`](crate::QueryParams::param)
            /// on `params`.
            #[must_use]
            pub fn param(
                mut self,
                key: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<::serde_json::Value>,
            ) -> Self {
                self.params = self.params.param(key, value);
                self
            }
        }

        impl ::std::convert::From<$crate::QueryParams> for $name {
            fn from(params: $crate::QueryParams) -> Self {
                $name {
                    params,
                    ..$name::default()
                }
            }
        }
    };

    // A date filter with operators: `created_at[op]=...`.
    (@munch $kind:tt $attrs:tt $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* $field:ident, $($rest:tt)*
    ) => {
        $crate::list_query::list_query!(@munch $kind $attrs $name {
            $($fields)*
            [
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
            ] $field: ::std::option::Option<
                $crate::Compare<::chrono::DateTime<::chrono::FixedOffset>>,
            >;
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
    (@munch $kind:tt $attrs:tt $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* $field:ident : Vec<$ty:ty>,
        $(#[doc = $sdoc:expr])* fn $setter:ident($arg:ident : $argty:ty) $(= $value:expr)?;
        $($rest:tt)*
    ) => {
        $crate::list_query::list_query!(@munch $kind $attrs $name {
            $($fields)*
            [
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Vec::is_empty")]
            ] $field: ::std::vec::Vec<$ty>;
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
    (@munch $kind:tt $attrs:tt $name:ident { $($fields:tt)* } { $($setters:tt)* }
        $(#[doc = $doc:expr])* $(#[serde($($sattr:tt)*)])? $field:ident : $ty:ty,
        $(#[doc = $sdoc:expr])* fn $setter:ident($arg:ident : $argty:ty) $(= $value:expr)?;
        $($rest:tt)*
    ) => {
        $crate::list_query::list_query!(@munch $kind $attrs $name {
            $($fields)*
            [
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                $(#[serde($($sattr)*)])?
            ] $field: ::std::option::Option<$ty>;
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

/// Declares the query of an admin list (`GET /{resource}` of Truto's admin API,
/// [`platform`](crate::platform)): the filters of [`list_query!`] (same syntax), with `limit`
/// and free-form parameters of its own instead of [`QueryParams`](crate::QueryParams), whose
/// parameters (`integrated_account_id`, `truto_*`) the admin API does not take. `new()`
/// takes nothing; the type derives `Serialize` and `Deserialize`.
macro_rules! admin_list_query {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        $crate::list_query::list_query!(@munch admin [$(#[$meta])*] $name {} {} $($body)*);
    };
}

pub(crate) use admin_list_query;
pub(crate) use list_query;

#[cfg(all(test, feature = "ticketing"))]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::{ListTagsQuery, ListTaskListsQuery, ListTicketTypesQuery};

    /// Every list query takes the `created_at` / `updated_at` operators and starts from any
    /// `ListParams`; queries also decode from their JSON form.
    #[test]
    fn list_queries_share_the_common_parameters() {
        let params = ListParams::new("acc-1").limit(5);
        let since = time("2024-01-01T00:00:00+01:00");
        let q = ListTicketTypesQuery::from(params.clone()).updated_at(Compare::gt(since));
        assert_query(
            &q,
            "integrated_account_id=acc-1&limit=5&updated_at[gt]=2024-01-01T00%3A00%3A00%2B01%3A00",
        );
        let q = ListTaskListsQuery::from(params).created_at(Compare::lte(since));
        assert_query(
            &q,
            "integrated_account_id=acc-1&limit=5&created_at[lte]=2024-01-01T00%3A00%3A00%2B01%3A00",
        );
        let decoded: ListTagsQuery = serde_json::from_value(json!({
            "integrated_account_id": "acc-1", "collection": {"id": "p_9"}, "project": "x"
        }))
        .unwrap();
        let want = ListTagsQuery::new("acc-1")
            .collection_id("p_9")
            .param("project", "x");
        assert_eq!(decoded, want);
    }
}
