//! The two ways to declare an endpoint, and how messages speak of each: a trait method
//! with `#[truto_endpoint]` (its inputs are *parameters* with `#[query]`, ...) or a struct
//! with `#[derive(Endpoint)]` (its inputs are *fields* with `#[endpoint(flatten)]`, ...).
//!
//! The shared passes (argument parsing, binding checks) take a [`Dialect`] so one piece of
//! logic can word its errors in the user's own syntax.

use crate::attr::{
    Role, BODY, ENDPOINT, FLATTEN, FORMAT, HEADER, IDEMPOTENT, MULTIPART, PATH, QUERY, RAW_BODY,
    RESPONSE, SKIP,
};

/// Which macro is speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// `#[truto_endpoint(METHOD, "path")]` on a trait method.
    Method,
    /// `#[derive(Endpoint)]` with `#[endpoint(METHOD, "path", response = T)]` on a struct.
    Derive,
}

impl Dialect {
    /// What the macro's arguments look like, for messages about missing ones.
    pub(crate) fn usage(self) -> &'static str {
        match self {
            Dialect::Method => {
                "expected `#[truto_endpoint(METHOD, \"/path\")]`, \
                 e.g. `#[truto_endpoint(GET, \"/unified/ticketing/tickets/{id}\")]`"
            }
            Dialect::Derive => {
                "expected `#[endpoint(METHOD, \"/path\", response = Type)]`, \
                 e.g. `#[endpoint(GET, \"/unified/ticketing/tickets/{id}\", response = Ticket)]`"
            }
        }
    }

    /// Whether `key = value` is an option of this macro.
    pub(crate) fn accepts_key(self, key: &str) -> bool {
        key == FORMAT || key == IDEMPOTENT || (self == Dialect::Derive && key == RESPONSE)
    }

    /// The keys after `METHOD, "path"`, for messages about unknown ones.
    pub(crate) fn valid_keys(self) -> String {
        match self {
            Dialect::Method => format!("`{FORMAT}`, `{IDEMPOTENT}`"),
            Dialect::Derive => format!("`{RESPONSE}`, `{FORMAT}`, `{IDEMPOTENT}`, `{BODY}`"),
        }
    }

    /// What may follow `METHOD, "path"`.
    pub(crate) fn option_forms(self) -> &'static str {
        match self {
            Dialect::Method => "`key = value` options and `idempotent`",
            Dialect::Derive => "`key = value` options, `idempotent` and `body`",
        }
    }

    /// `parameter` or `field`.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            Dialect::Method => "parameter",
            Dialect::Derive => "field",
        }
    }

    /// A role as the user writes it, e.g. `#[query]` or `#[endpoint(flatten)]`.
    pub(crate) fn role_label(self, role: &Role) -> String {
        match (self, role) {
            (Dialect::Method, Role::Query) => format!("#[{QUERY}]"),
            (Dialect::Method, Role::Body) => format!("#[{BODY}]"),
            (Dialect::Method, Role::Multipart) => format!("#[{MULTIPART}]"),
            (Dialect::Method, Role::RawBody) => format!("#[{RAW_BODY}]"),
            (Dialect::Method, Role::Header(_)) => format!("#[{HEADER}(..)]"),
            // The other roles exist only on fields.
            _ => match role {
                Role::Path => format!("#[{ENDPOINT}({PATH})]"),
                Role::Query => format!("#[{ENDPOINT}({FLATTEN})]"),
                Role::QueryAs(_) => format!("#[{ENDPOINT}({QUERY} = ..)]"),
                Role::Body => format!("#[{ENDPOINT}({BODY})]"),
                Role::Multipart => format!("#[{ENDPOINT}({MULTIPART})]"),
                Role::RawBody => format!("#[{ENDPOINT}({RAW_BODY})]"),
                Role::Header(_) => format!("#[{ENDPOINT}({HEADER} = ..)]"),
                Role::Skip => format!("#[{ENDPOINT}({SKIP})]"),
            },
        }
    }

    /// How to add what a placeholder binds, e.g. `id: &str` or `pub id: String`.
    pub(crate) fn example_binding(self, name: &str) -> String {
        match self {
            Dialect::Method => format!("`{name}: &str`"),
            Dialect::Derive => format!("`pub {name}: String`"),
        }
    }

    /// The role that sends a value as query parameters, for the body-on-GET advice.
    pub(crate) fn query_label(self) -> String {
        self.role_label(&Role::Query)
    }
}
