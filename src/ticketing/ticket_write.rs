//! Writing tickets and listing them: [`CreateTicket`], [`UpdateTicket`], [`ListTicketsQuery`],
//! plus the pieces every part-A write body and list query shares: the crate-private
//! `write_body!` macro, [`IdFilter`], [`SortBy`] and [`SortDirection`].
//!
//! Sources (Truto's public API reference, truto.one/docs/api-reference/unified-ticketing-api/):
//!
//! - `tickets/list`, `tickets/get`, `tickets/create`, `tickets/update`, `tickets/delete`: the five
//!   methods exist (`tickets/list.md`, "Delete Tickets" page, and the update page).
//! - `tickets/update` (www.truto.one rendering): the Request Body repeats the Ticket schema; the
//!   excerpt shows `account` (`id`) and `assignees` (`id`, `name`, `first_name`, `last_name`,
//!   `emails[]`, `phones[]`). Its query lists an etag-like "unique identifier for the specific
//!   version of the resource", a ticket `type` (`conversation` | `issue`), `ticket_type`,
//!   `organization` and `workspace` for some integrations; those are not typed here.
//! - The other write fields below mirror the Ticket schema (`tickets.md`); that each is
//!   writable is **not confirmed** by an excerpt of the create/update pages.
//! - `overview/querying`: "In all the Unified APIs we'll have the `created_at` and `updated_at`
//!   query parameters which can also use the gt, g[te], ..." operators.
//! - `users/list` (truto.one rendering): `sort_by` is an object, "in format
//!   `{ fieldName: direction }`. The direction can be `asc` or `desc`."
//! - The ticket-specific list filters (status, assignees, ...) could **not** be confirmed: the
//!   stored `tickets/list` pages end before them. Send them with
//!   [`ListTicketsQuery::param`].

use chrono::{DateTime, FixedOffset};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use super::people::{ContactRef, UserRef};
use super::refs::{Collection, Reference};
use super::status::{TicketStatus, TicketStatusRef};
use crate::open_enum::open_enum;

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
    (@impl $name:ident
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

            /// Sets a top-level field by its wire name, for fields this type does not name (or
            /// to send a value of another shape than the typed one).
            ///
            /// A key that names a typed field sets that field when the value has its type;
            /// otherwise the typed field is cleared and the value is sent as given, so the key
            /// never appears twice. `remote_data` with an object value sets `remote_data`.
            #[must_use]
            pub fn field(
                mut self,
                key: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<::serde_json::Value>,
            ) -> Self {
                let key = key.into();
                let value = value.into();
                if key == "remote_data" {
                    return match value {
                        ::serde_json::Value::Object(remote_data) => self.remote_data(remote_data),
                        other => {
                            self.remote_data = ::std::option::Option::None;
                            self.extra.insert(key, other);
                            self
                        }
                    };
                }
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

    (
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
            /// Any additional data passed as part of the request body; not transformed by
            /// Truto and passed as is to the remote API.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub remote_data:
                ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            /// Other top-level fields, sent as they are (see `field`). Keep typed fields and
            /// `remote_data` out of it, or the key is sent twice; the methods take care of that.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

        impl $name {
            /// A body with the fields the docs mark required; everything else unset.
            pub fn new($($rfield: impl ::std::convert::Into<$rty>),+) -> Self {
                $name {
                    $($rfield: $rfield.into(),)+
                    $($field: ::std::option::Option::None,)*
                    remote_data: ::std::option::Option::None,
                    extra: ::serde_json::Map::new(),
                }
            }
        }

        write_body!(@impl $name { $($rfield : $rty),+ } { $( $(#[doc = $doc])* $field : $ty ),* });
    };

    (
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
            /// Any additional data passed as part of the request body; not transformed by
            /// Truto and passed as is to the remote API.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub remote_data:
                ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            /// Other top-level fields, sent as they are (see `field`). Keep typed fields and
            /// `remote_data` out of it, or the key is sent twice; the methods take care of that.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        }

        impl $name {
            /// An empty body (`{}`).
            pub fn new() -> Self {
                ::std::default::Default::default()
            }
        }

        write_body!(@impl $name { } { $( $(#[doc = $doc])* $field : $ty ),* });
    };
}

pub(crate) use write_body;

/// A filter or scope by id, sent as `name[id]=value` (e.g. `ticket[id]=4711`).
///
/// The documented shape of object-valued query parameters such as `ticket` on
/// `GET /unified/ticketing/comments` ("The ticket to which the comment belongs": `id`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdFilter {
    /// The id of the object to filter by.
    pub id: String,
}

impl IdFilter {
    /// A filter on this id.
    pub fn new(id: impl Into<String>) -> Self {
        IdFilter { id: id.into() }
    }
}

impl From<&str> for IdFilter {
    fn from(id: &str) -> Self {
        IdFilter::new(id)
    }
}

impl From<String> for IdFilter {
    fn from(id: String) -> Self {
        IdFilter::new(id)
    }
}

open_enum! {
    /// The direction of a [`SortBy`] entry: `asc` or `desc` (the values the docs list).
    pub enum SortDirection {
        /// `asc`: ascending.
        Asc = "asc",
        /// `desc`: descending.
        Desc = "desc",
    }
}

/// The `sort_by` list parameter: fields and directions, in order, sent as
/// `sort_by[created_at]=desc&sort_by[name]=asc`.
///
/// Truto documents `sort_by` as an object "in format `{ fieldName: direction }`. The direction
/// can be asc or desc." Which fields sort, and whether more than one is honoured, depends on
/// the resource and the integration. Entries keep their order (a later entry for the same field
/// replaces the earlier one).
///
/// ```
/// use truto::ticketing::SortBy;
///
/// #[derive(serde::Serialize)]
/// struct Q { sort_by: SortBy }
///
/// let q = Q { sort_by: SortBy::desc("created_at").then_asc("name") };
/// assert_eq!(
///     truto::query::to_query_string(&q).unwrap(),
///     "sort_by[created_at]=desc&sort_by[name]=asc"
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortBy(Vec<(String, SortDirection)>);

impl SortBy {
    /// No sorting (encodes to nothing).
    pub fn new() -> Self {
        SortBy::default()
    }

    /// Sort by `field`, ascending.
    pub fn asc(field: impl Into<String>) -> Self {
        SortBy::new().then(field, SortDirection::Asc)
    }

    /// Sort by `field`, descending.
    pub fn desc(field: impl Into<String>) -> Self {
        SortBy::new().then(field, SortDirection::Desc)
    }

    /// Adds `field` in `direction` (replacing an earlier entry for the same field).
    #[must_use]
    pub fn then(mut self, field: impl Into<String>, direction: impl Into<SortDirection>) -> Self {
        let field = field.into();
        let direction = direction.into();
        match self.0.iter_mut().find(|(name, _)| *name == field) {
            Some(entry) => entry.1 = direction,
            None => self.0.push((field, direction)),
        }
        self
    }

    /// Adds `field`, ascending.
    #[must_use]
    pub fn then_asc(self, field: impl Into<String>) -> Self {
        self.then(field, SortDirection::Asc)
    }

    /// Adds `field`, descending.
    #[must_use]
    pub fn then_desc(self, field: impl Into<String>) -> Self {
        self.then(field, SortDirection::Desc)
    }

    /// The entries, in order.
    pub fn entries(&self) -> &[(String, SortDirection)] {
        &self.0
    }

    /// Whether no field is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for SortBy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, direction) in &self.0 {
            map.serialize_entry(field, direction)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for SortBy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SortByVisitor;

        impl<'de> Visitor<'de> for SortByVisitor {
            type Value = SortBy;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of field names to `asc` or `desc`")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SortBy, A::Error> {
                let mut sort_by = SortBy::new();
                while let Some((field, direction)) = map.next_entry::<String, SortDirection>()? {
                    sort_by = sort_by.then(field, direction);
                }
                Ok(sort_by)
            }
        }

        deserializer.deserialize_map(SortByVisitor)
    }
}

write_body! {
    /// The body of `POST /unified/ticketing/tickets`: a new ticket.
    ///
    /// Every field is optional in the docs (which fields an integration requires varies).
    /// The fields mirror the Ticket schema: that each is writable is **not confirmed** by
    /// an excerpt of `tickets/create` (the update page confirms `account` and `assignees`).
    /// Anything else goes through [`field`](Self::field) or `remote_data`.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::{CreateTicket, Reference};
    ///
    /// let body = CreateTicket::new()
    ///     .name("Printer on fire")
    ///     .status_name("open")
    ///     .priority(Reference::with_id("p1"));
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Printer on fire", "status": {"name": "open"}, "priority": {"id": "p1"}}),
    /// );
    /// ```
    pub struct CreateTicket {
        /// The name of the ticket.
        name: String,
        /// Description of the ticket.
        description: String,
        /// The status of the ticket (`status.name` is one of the documented [`TicketStatus`]
        /// values; see [`status_name`](Self::status_name)).
        status: TicketStatusRef,
        /// Priority of the ticket (`id`, `name`).
        priority: Reference,
        /// Type of the ticket (references `TicketTypes` → id).
        ticket_type: Reference,
        /// Users assigned to the ticket (references Users → id). Confirmed on the update page.
        assignees: Vec<UserRef>,
        /// Account associated with the ticket (references Accounts → id). Confirmed on the
        /// update page (`id` only).
        account: Reference,
        /// Contact associated with the ticket (references Contacts → id).
        contact: ContactRef,
        /// Additional contacts associated with the ticket (references Contacts → id).
        additional_contacts: Vec<ContactRef>,
        /// Collections associated with the ticket (references Collections → id).
        collections: Vec<Collection>,
        /// Tags associated with the ticket (references Tags → id).
        tags: Vec<Reference>,
        /// Team associated with the ticket (references Teams → id).
        team: Reference,
        /// Parent ticket (references Tickets → id).
        parent_ticket: Reference,
        /// Workspace associated with the ticket (references Workspaces → id).
        workspace: Reference,
        /// Due date of the ticket.
        #[serde(deserialize_with = "crate::timestamp::deserialize_option")]
        due_date: DateTime<FixedOffset>,
        /// Custom fields of the ticket.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/tickets/{id}`: the fields to change.
    ///
    /// Only the fields set are sent. The update page's Request Body repeats the Ticket schema
    /// (its excerpt shows `account` and `assignees`); the other fields mirror that schema
    /// and are **not confirmed** as writable.
    pub struct UpdateTicket {
        /// The name of the ticket.
        name: String,
        /// Description of the ticket.
        description: String,
        /// The status of the ticket (see [`status_name`](Self::status_name)).
        status: TicketStatusRef,
        /// Priority of the ticket (`id`, `name`).
        priority: Reference,
        /// Type of the ticket (references `TicketTypes` → id).
        ticket_type: Reference,
        /// Users assigned to the ticket (references Users → id). Confirmed on the update page.
        assignees: Vec<UserRef>,
        /// Account associated with the ticket (references Accounts → id). Confirmed on the
        /// update page (`id` only).
        account: Reference,
        /// Contact associated with the ticket (references Contacts → id).
        contact: ContactRef,
        /// Additional contacts associated with the ticket (references Contacts → id).
        additional_contacts: Vec<ContactRef>,
        /// Collections associated with the ticket (references Collections → id).
        collections: Vec<Collection>,
        /// Tags associated with the ticket (references Tags → id).
        tags: Vec<Reference>,
        /// Team associated with the ticket (references Teams → id).
        team: Reference,
        /// Parent ticket (references Tickets → id).
        parent_ticket: Reference,
        /// Workspace associated with the ticket (references Workspaces → id).
        workspace: Reference,
        /// Due date of the ticket.
        #[serde(deserialize_with = "crate::timestamp::deserialize_option")]
        due_date: DateTime<FixedOffset>,
        /// Custom fields of the ticket.
        custom_fields: Map<String, Value>,
    }
}

impl CreateTicket {
    /// Sets `status` to `{"name": status}` (e.g. `"open"` or [`TicketStatus::Open`]).
    #[must_use]
    pub fn status_name(self, status: impl Into<TicketStatus>) -> Self {
        self.status(TicketStatusRef::named(status))
    }
}

impl UpdateTicket {
    /// Sets `status` to `{"name": status}` (e.g. `"closed"` or [`TicketStatus::Closed`]).
    #[must_use]
    pub fn status_name(self, status: impl Into<TicketStatus>) -> Self {
        self.status(TicketStatusRef::named(status))
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/tickets`.
    ///
    /// [`ListParams`](crate::ListParams) (flattened) holds the parameters every list takes.
    /// Typed here are only the filters the docs confirm for every unified list: `created_at`
    /// and `updated_at`, with operators (`overview/querying`). Ticket-specific filters (status,
    /// assignees, `sort_by`, ...) are not confirmed by the stored reference pages; send them
    /// with [`param`](Self::param), e.g. `.param("sort_by", json!({"created_at": "desc"}))`.
    ///
    /// ```
    /// use chrono::DateTime;
    /// use truto::Compare;
    /// use truto::ticketing::ListTicketsQuery;
    ///
    /// let since = DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z").unwrap();
    /// let query = ListTicketsQuery::new("acc-1").limit(50).created_at(Compare::gte(since));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&limit=50&created_at[gte]=2024-01-01T00%3A00%3A00Z"
    /// );
    /// ```
    pub struct ListTicketsQuery {
        /// `created_at[op]=...`: when the ticket was created.
        created_at,

        /// `updated_at[op]=...`: when the ticket was last updated.
        updated_at,
    }
}
