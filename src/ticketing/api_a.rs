//! The endpoints of the part-A ticketing resources (tickets, comments, contacts, accounts,
//! attachments, users), declared with `#[truto_endpoint]` and available on
//! [`Client`](crate::Client) through one trait per resource.
//!
//! Only the methods Truto's API reference shows for a resource are declared (sources in each
//! model module's docs). Every path follows the documented pattern: list / create at
//! `/unified/ticketing/{resource}`, get / update / delete at `.../{resource}/{id}`. Lists
//! return a [`Paginator`] that follows `next_cursor`; deletes return [`Deleted`].
//!
//! Single-object calls take a [`UnifiedQuery`], except comments: their docs list `ticket`
//! (`ticket[id]`) as a query parameter of get, create, update and delete, so those take a
//! [`CommentQuery`] (build one from a `UnifiedQuery` with `.into()`).

use crate::ticketing::{
    Account, AttachmentRecord, Comment, CommentQuery, Contact, CreateAccount, CreateAttachment,
    CreateComment, CreateContact, CreateTicket, CreateUser, Deleted, ListAccountsQuery,
    ListAttachmentsQuery, ListCommentsQuery, ListContactsQuery, ListTicketsQuery, ListUsersQuery,
    Ticket, UpdateAccount, UpdateAttachment, UpdateComment, UpdateContact, UpdateTicket,
    UpdateUser, User,
};
use crate::{truto_endpoint, Api, Client, Paginator, Result, UnifiedQuery};

/// The `tickets` resource: list, get, create, update, delete (the custom `import` method is
/// on `TicketingApi`).
///
/// ```no_run
/// use truto::ticketing::{CreateTicket, ListTicketsQuery, TicketsApi};
/// use truto::{Client, UnifiedQuery};
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let query = UnifiedQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
/// let ticket = client
///     .create_ticket(&query, &CreateTicket::new().name("Printer on fire"))
///     .await?;
/// let tickets = client.list_tickets(&ListTicketsQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d"));
/// # let _ = (ticket, tickets); Ok(()) }
/// ```
pub trait TicketsApi: Api {
    /// Lists tickets (`GET /unified/ticketing/tickets`), page after page.
    ///
    /// Some integrations (ClickUp, Dixa, Freshdesk, Podium, Qualtrics CoreXM, ServiceNow)
    /// return partial tickets here; fetch the full one with [`get_ticket`](Self::get_ticket).
    #[truto_endpoint(GET, "/unified/ticketing/tickets")]
    fn list_tickets(&self, #[query] query: &ListTicketsQuery) -> Paginator<Ticket>;

    /// Gets one ticket (`GET /unified/ticketing/tickets/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn get_ticket(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Ticket>;

    /// Creates a ticket (`POST /unified/ticketing/tickets`), returning it.
    #[truto_endpoint(POST, "/unified/ticketing/tickets")]
    async fn create_ticket(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateTicket,
    ) -> Result<Ticket>;

    /// Updates a ticket (`PATCH /unified/ticketing/tickets/{id}`), returning it.
    #[truto_endpoint(PATCH, "/unified/ticketing/tickets/{id}")]
    async fn update_ticket(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateTicket,
    ) -> Result<Ticket>;

    /// Deletes a ticket (`DELETE /unified/ticketing/tickets/{id}`).
    #[truto_endpoint(DELETE, "/unified/ticketing/tickets/{id}")]
    async fn delete_ticket(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl TicketsApi for Client {}

/// The `comments` resource: list, get, create, update, delete.
pub trait CommentsApi: Api {
    /// Lists comments (`GET /unified/ticketing/comments`), page after page. Most integrations
    /// require the ticket: [`ListCommentsQuery::ticket`].
    #[truto_endpoint(GET, "/unified/ticketing/comments")]
    fn list_comments(&self, #[query] query: &ListCommentsQuery) -> Paginator<Comment>;

    /// Gets one comment (`GET /unified/ticketing/comments/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/comments/{id}")]
    async fn get_comment(&self, id: &str, #[query] query: &CommentQuery) -> Result<Comment>;

    /// Creates a comment (`POST /unified/ticketing/comments`); the ticket goes in the query
    /// ([`CommentQuery::ticket`]).
    #[truto_endpoint(POST, "/unified/ticketing/comments")]
    async fn create_comment(
        &self,
        #[query] query: &CommentQuery,
        #[body] body: &CreateComment,
    ) -> Result<Comment>;

    /// Updates a comment (`PATCH /unified/ticketing/comments/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/comments/{id}")]
    async fn update_comment(
        &self,
        id: &str,
        #[query] query: &CommentQuery,
        #[body] body: &UpdateComment,
    ) -> Result<Comment>;

    /// Deletes a comment (`DELETE /unified/ticketing/comments/{id}`).
    #[truto_endpoint(DELETE, "/unified/ticketing/comments/{id}")]
    async fn delete_comment(&self, id: &str, #[query] query: &CommentQuery) -> Result<Deleted>;
}

impl CommentsApi for Client {}

/// The `contacts` resource: list, get, create, update, delete.
pub trait ContactsApi: Api {
    /// Lists contacts (`GET /unified/ticketing/contacts`), page after page.
    #[truto_endpoint(GET, "/unified/ticketing/contacts")]
    fn list_contacts(&self, #[query] query: &ListContactsQuery) -> Paginator<Contact>;

    /// Gets one contact (`GET /unified/ticketing/contacts/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/contacts/{id}")]
    async fn get_contact(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Contact>;

    /// Creates a contact (`POST /unified/ticketing/contacts`).
    #[truto_endpoint(POST, "/unified/ticketing/contacts")]
    async fn create_contact(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateContact,
    ) -> Result<Contact>;

    /// Updates a contact (`PATCH /unified/ticketing/contacts/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/contacts/{id}")]
    async fn update_contact(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateContact,
    ) -> Result<Contact>;

    /// Deletes a contact (`DELETE /unified/ticketing/contacts/{id}`). The reference page shows
    /// the contact as the response; [`Deleted`] reads its `id`.
    #[truto_endpoint(DELETE, "/unified/ticketing/contacts/{id}")]
    async fn delete_contact(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl ContactsApi for Client {}

/// The `accounts` resource: list, get, create, update, delete.
pub trait AccountsApi: Api {
    /// Lists accounts (`GET /unified/ticketing/accounts`), page after page.
    #[truto_endpoint(GET, "/unified/ticketing/accounts")]
    fn list_accounts(&self, #[query] query: &ListAccountsQuery) -> Paginator<Account>;

    /// Gets one account (`GET /unified/ticketing/accounts/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/accounts/{id}")]
    async fn get_account(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Account>;

    /// Creates an account (`POST /unified/ticketing/accounts`).
    #[truto_endpoint(POST, "/unified/ticketing/accounts")]
    async fn create_account(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateAccount,
    ) -> Result<Account>;

    /// Updates an account (`PATCH /unified/ticketing/accounts/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/accounts/{id}")]
    async fn update_account(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateAccount,
    ) -> Result<Account>;

    /// Deletes an account (`DELETE /unified/ticketing/accounts/{id}`).
    #[truto_endpoint(DELETE, "/unified/ticketing/accounts/{id}")]
    async fn delete_account(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl AccountsApi for Client {}

/// The `attachments` resource: list, get, create, update.
///
/// No delete is declared: the docs' methods list for attachments is cut after update and no
/// "Delete Attachments" page could be found (see the `attachment` module docs).
pub trait AttachmentsApi: Api {
    /// Lists attachments (`GET /unified/ticketing/attachments`), page after page. Most
    /// integrations require the ticket: [`ListAttachmentsQuery::ticket`].
    #[truto_endpoint(GET, "/unified/ticketing/attachments")]
    fn list_attachments(
        &self,
        #[query] query: &ListAttachmentsQuery,
    ) -> Paginator<AttachmentRecord>;

    /// Gets one attachment (`GET /unified/ticketing/attachments/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/attachments/{id}")]
    async fn get_attachment(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
    ) -> Result<AttachmentRecord>;

    /// Uploads an attachment (`POST /unified/ticketing/attachments`; `data` is base64).
    #[truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn create_attachment(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateAttachment,
    ) -> Result<AttachmentRecord>;

    /// Updates an attachment (`PATCH /unified/ticketing/attachments/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/attachments/{id}")]
    async fn update_attachment(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateAttachment,
    ) -> Result<AttachmentRecord>;
}

impl AttachmentsApi for Client {}

/// The `users` resource: list, get, create, update, delete.
pub trait UsersApi: Api {
    /// Lists users (`GET /unified/ticketing/users`), page after page.
    #[truto_endpoint(GET, "/unified/ticketing/users")]
    fn list_users(&self, #[query] query: &ListUsersQuery) -> Paginator<User>;

    /// Gets one user (`GET /unified/ticketing/users/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/users/{id}")]
    async fn get_user(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<User>;

    /// Creates a user (`POST /unified/ticketing/users`; `name` is required).
    #[truto_endpoint(POST, "/unified/ticketing/users")]
    async fn create_user(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &CreateUser,
    ) -> Result<User>;

    /// Updates a user (`PATCH /unified/ticketing/users/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/users/{id}")]
    async fn update_user(
        &self,
        id: &str,
        #[query] query: &UnifiedQuery,
        #[body] body: &UpdateUser,
    ) -> Result<User>;

    /// Deletes a user (`DELETE /unified/ticketing/users/{id}`). The reference page shows the
    /// user as the response; [`Deleted`] reads its `id`.
    #[truto_endpoint(DELETE, "/unified/ticketing/users/{id}")]
    async fn delete_user(&self, id: &str, #[query] query: &UnifiedQuery) -> Result<Deleted>;
}

impl UsersApi for Client {}
