package crawler

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// guardExtraBlocked lists non-public ranges that netip.Addr's predicates
// (loopback, private, link-local, multicast, unspecified) do not cover.
var guardExtraBlocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT, shared address space
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, incl. broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
}

// guardBlocked reports whether the address guard refuses to connect to
// ip: loopback, private (RFC 1918, fc00::/7), link-local (which holds the
// 169.254.169.254 cloud metadata address), multicast, unspecified and the
// reserved ranges in guardExtraBlocked. IPv4-mapped IPv6 addresses are
// judged as the IPv4 address they carry, and NAT64 (64:ff9b::/96) addresses
// as their embedded IPv4 address.
func guardBlocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() {
		return true
	}
	if ip.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(ip) {
		b := ip.As16()
		return guardBlocked(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range guardExtraBlocked {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// guardControl returns a net.Dialer Control function that refuses to
// connect to blocked addresses. It runs after DNS resolution, on the address
// actually dialled, so it also covers redirects and DNS names that resolve
// to private addresses. allow, when not nil, lets single addresses through
// (tests use it to reach one httptest server but not another).
func guardControl(allow func(netip.AddrPort) bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			host, _, splitErr := net.SplitHostPort(address)
			if splitErr != nil {
				return fmt.Errorf("dialling %s: %w", address, ErrBlockedAddress)
			}
			a, parseErr := netip.ParseAddr(host)
			if parseErr != nil {
				return fmt.Errorf("dialling %s: %w", address, ErrBlockedAddress)
			}
			ap = netip.AddrPortFrom(a, 0)
		}
		if allow != nil && allow(ap) {
			return nil
		}
		if guardBlocked(ap.Addr()) {
			return fmt.Errorf("dialling %s %s: %w", network, address, ErrBlockedAddress)
		}
		return nil
	}
}
