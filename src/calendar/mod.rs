//! Truto's unified calendar API (`/unified/calendar/...`), typed: the models, their write
//! bodies and list queries, and the endpoints, declared with `#[truto_endpoint]` and
//! implemented for [`Client`](crate::Client).
//!
//! Truto maps calendars and scheduling tools (Cal.com, Calendly, Google Calendar, Outlook
//! Calendar, ...) onto one shape: 7 resources by its overview page, 6 of them named in the
//! stored copies (`docs/unified-apis.md`). One file per resource, named after its path
//! segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `events.rs` | [`CalendarEvent`] | [`CalendarEventsApi`] |
//! | `calendars.rs` | [`CalendarRecord`] | [`CalendarsApi`] |
//! | `attachments.rs` | [`CalendarAttachment`] | [`CalendarAttachmentsApi`] |
//! | `availability.rs` | [`CalendarAvailabilitySlot`] | [`CalendarAvailabilityApi`] |
//! | `contacts.rs` | [`CalendarContact`] | [`CalendarContactsApi`] |
//! | `event_types.rs` | [`CalendarEventTypeRecord`] | [`CalendarEventTypesApi`] |
//!
//! `people.rs` holds what events and calendars share: [`CalendarPerson`],
//! [`CalendarLocation`], [`CalendarAddress`].
//!
//! Every name carries `Calendar` because [`truto::prelude`](crate::prelude) imports every
//! API's traits. Only the methods a reference page documents are declared, except for the
//! resources with no method page at all, which get list (and get, when records have an id):
//! unified paths are regular; each file says so.
//!
//! ```no_run
//! use truto::calendar::prelude::*;
//! use truto::calendar::ListCalendarEventsQuery;
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let events = acme
//!     .list_calendar_events(&ListCalendarEventsQuery::default().calendar("primary"))
//!     .collect_all()
//!     .await?;
//! # let _ = events; Ok(()) }
//! ```

mod attachments;
mod availability;
mod calendars;
mod contacts;
mod event_types;
mod events;
mod people;

pub use attachments::{CalendarAttachment, CalendarAttachmentsApi, ListCalendarAttachmentsQuery};
pub use availability::{
    CalendarAvailabilityApi, CalendarAvailabilitySlot, ListCalendarAvailabilityQuery,
};
pub use calendars::{CalendarAccessRole, CalendarRecord, CalendarsApi, ListCalendarsQuery};
pub use contacts::{CalendarContact, CalendarContactsApi, ListCalendarContactsQuery};
pub use event_types::{
    CalendarEventTypeRecord, CalendarEventTypesApi, ListCalendarEventTypesQuery,
};
pub use events::{
    AttendeeResponseStatus, CalendarAttendee, CalendarAttendeeResponse, CalendarAvailabilityStatus,
    CalendarEvent, CalendarEventType, CalendarEventsApi, ListCalendarEventsQuery,
    UpdateCalendarEvent,
};
pub use people::{CalendarAddress, CalendarLocation, CalendarPerson};

/// Every endpoint trait of the calendar API, to glob-import: `use truto::calendar::prelude::*;`.
pub mod prelude {
    pub use super::{
        CalendarAttachmentsApi, CalendarAvailabilityApi, CalendarContactsApi,
        CalendarEventTypesApi, CalendarEventsApi, CalendarsApi,
    };
}
