//! Typed models of Truto's unified ticketing API (`/unified/ticketing/...`).
//!
//! Truto maps the ticketing tools it integrates (help desks, issue trackers) onto one shape.
//! This module holds that shape as Rust types, so a caller works with fields instead of raw
//! JSON:
//!
//! - [`Ticket`]: the unified ticket, as returned by the `tickets` resource;
//! - [`ContactRef`], [`UserRef`], [`Email`], [`Phone`]: the people on a ticket;
//! - [`Reference`], [`Attachment`], [`Collection`], [`Conversation`], [`CreatedBy`],
//!   [`TicketStatusRef`]: the objects a ticket points to;
//! - [`TicketStatus`], [`CreatorType`]: the documented value lists, as open enums that keep
//!   values outside the list;
//! - [`ImportTicketBody`]: the request body of `POST /unified/ticketing/tickets/import`;
//! - [`TicketingApi`]: the endpoints themselves, declared with `#[truto_endpoint]`, on `Client`.
//!
//! The types follow the docs page of `POST /unified/ticketing/tickets/import`, whose Response
//! Body is the Ticket schema. Decoding is forgiving in the ways real data needs (unknown fields
//! ignored, unknown enum values kept, `null` accepted wherever a field is optional) and strict
//! about types: a number where a string is documented is a decoding error.

mod api;
mod import;
mod people;
mod refs;
mod status;
mod ticket;

pub use api::TicketingApi;
pub use import::ImportTicketBody;
pub use people::{ContactRef, Email, Phone, UserRef};
pub use refs::{Attachment, Collection, Conversation, CreatedBy, Reference};
pub use status::{CreatorType, TicketStatus, TicketStatusRef};
pub use ticket::Ticket;

#[cfg(test)]
mod tests;
