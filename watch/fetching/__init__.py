"""Bytes from the network, safely: the address policy, the transport and the fetcher."""
