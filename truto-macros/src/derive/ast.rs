//! Parsed views of a `#[derive(Endpoint)]` input: the struct-level `#[endpoint(..)]`
//! arguments, the parsed path, and each named field with its role.
//!
//! Shape problems (an enum, a tuple struct, a missing or repeated struct attribute) are
//! recorded while building the views, next to everything else that can be checked, so all
//! problems are reported at once.

use quote::ToTokens;
use syn::{Data, DeriveInput, Fields, Ident, Meta};

use crate::args::{self, EndpointArgs};
use crate::attr::{self, RoleAttr, ENDPOINT};
use crate::bind::{self, Input};
use crate::ctxt::Ctxt;
use crate::dialect::Dialect;
use crate::path_template::PathTemplate;

/// The derive's input: the struct, its endpoint arguments and its fields.
pub(crate) struct Struct<'a> {
    /// The item as written.
    pub(crate) input: &'a DeriveInput,
    /// The struct-level `#[endpoint(..)]` arguments.
    pub(crate) args: EndpointArgs,
    /// The parsed path; `None` when the path is missing or not a literal.
    pub(crate) template: Option<PathTemplate>,
    /// The named fields; `None` when the item is not a struct with named fields.
    pub(crate) fields: Option<Vec<Field<'a>>>,
}

/// A named field.
pub(crate) struct Field<'a> {
    /// Its name as written.
    pub(crate) ident: &'a Ident,
    /// Its `#[endpoint(..)]` role, if any.
    pub(crate) role: Option<RoleAttr>,
}

impl Field<'_> {
    /// The field as the shared binding pass sees it.
    pub(crate) fn input(&self) -> Input<'_> {
        Input {
            ident: Some(self.ident),
            pattern: self.ident.to_token_stream(),
            role: self.role.as_ref(),
        }
    }
}

/// What the derive needs, for messages.
const NAMED_FIELDS: &str = "`#[derive(Endpoint)]` needs a struct with named fields: \
                            each field's name is the placeholder or query parameter it fills";

impl<'a> Struct<'a> {
    /// Builds the views; records shape, attribute and path syntax errors in `cx`.
    pub(crate) fn from_syn(input: &'a DeriveInput, cx: &Ctxt) -> Self {
        let args = struct_args(input, cx);
        let template = args.path.as_ref().map(|lit| bind::parse_path(lit, cx));
        let fields = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => Some(
                    named
                        .named
                        .iter()
                        .map(|field| Field {
                            ident: field.ident.as_ref().expect("named field"),
                            role: attr::parse_field_attrs(&field.attrs, cx),
                        })
                        .collect(),
                ),
                Fields::Unnamed(unnamed) => {
                    cx.error_spanned_by(unnamed, format!("{NAMED_FIELDS}; found a tuple struct"));
                    None
                }
                Fields::Unit => {
                    cx.error_spanned_by(
                        &input.ident,
                        format!(
                            "{NAMED_FIELDS}; found a unit struct: write `{} {{}}` for an \
                             endpoint without inputs",
                            input.ident
                        ),
                    );
                    None
                }
            },
            Data::Enum(data) => {
                cx.error_spanned_by(data.enum_token, format!("{NAMED_FIELDS}; found an enum"));
                None
            }
            Data::Union(data) => {
                cx.error_spanned_by(data.union_token, format!("{NAMED_FIELDS}; found a union"));
                None
            }
        };
        Struct {
            input,
            args,
            template,
            fields,
        }
    }
}

/// Parses the one struct-level `#[endpoint(..)]`.
fn struct_args(input: &DeriveInput, cx: &Ctxt) -> EndpointArgs {
    let mut found = input.attrs.iter().filter(|a| a.path().is_ident(ENDPOINT));
    let Some(attr) = found.next() else {
        cx.error_spanned_by(
            &input.ident,
            format!(
                "missing the struct's `#[{ENDPOINT}(..)]`: {}",
                Dialect::Derive.usage()
            ),
        );
        return EndpointArgs::default();
    };
    for extra in found {
        cx.error_spanned_by(
            extra,
            format!("duplicate `#[{ENDPOINT}(..)]` on the struct: a struct is one endpoint"),
        );
    }
    let tokens = match &attr.meta {
        Meta::List(list) => list.tokens.clone(),
        Meta::Path(_) | Meta::NameValue(_) => Default::default(),
    };
    args::parse_endpoint_args(tokens, Dialect::Derive, &attr.to_token_stream(), cx)
}
