//! Connecting a [`truto_core::Client`] (re-exported as `truto::Client`) to a [`MockServer`].

use truto_core::{Client, ClientBuilder};

use crate::MockServer;

impl MockServer {
    /// A client pointed at this server, with its token. Fails only if the server was
    /// started with a token a client cannot send (e.g. an empty one).
    ///
    /// The client is `truto_core::Client`, the same type as `truto::Client`, so every
    /// typed API of the `truto` crate works on it.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mock = truto_mock::MockServer::start().await?;
    /// let client = mock.client()?;
    /// assert_eq!(client.base_url(), mock.url());
    /// # Ok(()) }
    /// ```
    pub fn client(&self) -> truto_core::Result<Client> {
        self.client_builder().build()
    }

    /// A client builder pointed at this server, with its token, for further settings.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder().token(self.token()).base_url(self.url())
    }
}
