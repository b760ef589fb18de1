# Release builds: static binaries (no cgo) for the usual platforms, in dist/.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: test install release beam beam-test clean
test:
	go test ./...

# unspin into $(go env GOPATH)/bin (or GOBIN), from this checkout.
install:
	go install -ldflags "$(LDFLAGS)" ./cmd/unspin

release:
	@mkdir -p dist
	@for p in $(PLATFORMS); do \
	  os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
	  echo "dist/unspin-$(VERSION)-$$os-$$arch$$ext"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch go build -trimpath -ldflags "$(LDFLAGS)" \
	    -o dist/unspin-$(VERSION)-$$os-$$arch$$ext ./cmd/unspin || exit 1; \
	done

# The Beam pipeline's binary (a Linux worker, which also submits jobs).
# The first build fetches and compiles the Beam SDK and its cloud clients:
# about 12 minutes on 2 cores, a binary of about 85 MB (stripped); later
# ones take seconds to minutes.
beam:
	@mkdir -p dist
	@echo "building dist/unspin-beam (the first build takes about 12 minutes: the Beam SDK and its cloud clients)" >&2
	cd beam && CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -ldflags "-s -w" -o ../dist/unspin-beam ./cmd/unspin-beam

beam-test:
	cd beam && go vet ./... && go test ./...

clean:
	rm -rf dist
