//! Pagination of unified lists: [`Paginator`], a `Stream` of items across pages that follows
//! `next_cursor` until it is null, fetching the next page while the current one is consumed.
//!
//! Declared list endpoints return a [`Paginator`]: nothing is sent until it is polled.
//!
//! ```no_run
//! # use truto_core::{Paginator, Result};
//! # #[derive(serde::Deserialize)] struct Ticket { id: String }
//! # async fn demo(tickets: Paginator<Ticket>) -> Result<()> {
//! use futures_util::TryStreamExt;
//!
//! // Every item of every page, one page fetched ahead:
//! let mut items = tickets;
//! while let Some(ticket) = items.try_next().await? {
//!     println!("{}", ticket.id);
//! }
//! # Ok(()) }
//! ```
//!
//! Page by page (to checkpoint a long sync after each page and resume after a crash):
//!
//! ```no_run
//! # use truto_core::{Paginator, Result};
//! # #[derive(serde::Deserialize)] struct Ticket { id: String }
//! # async fn demo(list: impl Fn() -> Paginator<Ticket>, saved: Option<String>) -> Result<()> {
//! use futures_util::TryStreamExt;
//!
//! let mut pages = match saved {
//!     Some(cursor) => list().resume_from(cursor).pages(),
//!     None => list().pages(),
//! };
//! while let Some(page) = pages.try_next().await? {
//!     // ... store page.items ...
//!     if let Some(cursor) = &page.next_cursor {
//!         // ... persist `cursor`: resume_from(cursor) continues right after this page ...
//!         # let _ = cursor;
//!     }
//! }
//! # Ok(()) }
//! ```

mod cursor_peek;
mod page;
mod stream;

pub use page::Page;
pub use stream::{PageStream, Paginator, DEFAULT_MAX_EMPTY_PAGES};

/// The query parameter Truto reads the cursor from.
pub const CURSOR_PARAM: &str = "next_cursor";
