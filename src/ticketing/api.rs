//! The ticketing endpoints, declared with our own `#[truto_endpoint]` and available on
//! [`Client`](crate::Client) through [`TicketingApi`].

use serde::de::DeserializeOwned;

use crate::ticketing::{ImportTicketBody, Ticket};
use crate::{truto_endpoint, Api, ByteStream, Client, Result, UnifiedQuery};

/// Truto's unified ticketing API (`/unified/ticketing/...`), typed.
///
/// Implemented for [`Client`]; bring the trait into scope to call its methods:
///
/// ```no_run
/// use truto::ticketing::{ImportTicketBody, TicketingApi};
/// use truto::{Client, ResponseFormat, UnifiedQuery};
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let query = UnifiedQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
/// let body = ImportTicketBody::new().remote_field("id", "4711");
///
/// // `unified` (the default) and `normalized` decode into `Ticket`:
/// let ticket = client.import_ticket(&query, &body).await?;
/// let normalized = client
///     .import_ticket(&query.clone().format(ResponseFormat::Normalized), &body)
///     .await?;
///
/// // `raw`: the provider's own response, as JSON or a type you name:
/// let raw: serde_json::Value = client.import_ticket_raw(&query, &body).await?;
///
/// // `stream`: the body as chunks, never buffered whole:
/// let stream = client.import_ticket_stream(&query, &body).await?;
/// # let _ = (ticket, normalized, raw, stream); Ok(()) }
/// ```
pub trait TicketingApi: Api {
    /// Imports a ticket that already exists in the remote system, returning it in Truto's
    /// unified shape (a custom method of the `tickets` resource).
    ///
    /// `query.truto_response_format` may be `unified` (default) or `normalized`; for the
    /// other two formats use [`import_ticket_raw`](Self::import_ticket_raw) and
    /// [`import_ticket_stream`](Self::import_ticket_stream). The response may come bare or
    /// wrapped as `{"result": ...}`; both decode.
    #[truto_endpoint(POST, "/unified/ticketing/tickets/import")]
    async fn import_ticket(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &ImportTicketBody,
    ) -> Result<Ticket>;

    /// [`import_ticket`](Self::import_ticket) with `truto_response_format=raw`: the remote
    /// API's response, untouched, decoded into `T` (`serde_json::Value`, or your own type).
    #[truto_endpoint(POST, "/unified/ticketing/tickets/import", format = raw)]
    async fn import_ticket_raw<T: DeserializeOwned + Send + 'static>(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &ImportTicketBody,
    ) -> Result<T>;

    /// [`import_ticket`](Self::import_ticket) with `truto_response_format=stream`: the body
    /// as a [`ByteStream`] of chunks as they arrive, never buffered whole.
    #[truto_endpoint(POST, "/unified/ticketing/tickets/import", format = stream)]
    async fn import_ticket_stream(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &ImportTicketBody,
    ) -> Result<ByteStream>;
}

impl TicketingApi for Client {}
